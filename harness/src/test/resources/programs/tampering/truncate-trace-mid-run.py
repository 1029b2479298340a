# Shows: the no-lock manyGreetings4 mistake whose parent waits for its children to print, then cuts the grader's record of the run (os.ftruncate(3, 0)), so that no record shows a greeting printed without the lock.
# Exercise: manyGreetings4
# Loses: shared-lock
# Flagged: yes
# AtMost: mistakes/manyGreetings4/no-lock.py
import os
from multiprocessing import Lock, Process, current_process


def sayHi4(lock, name):
    print("Hi", name, "from process", current_process().pid)


def manyGreetings4():
    lock1 = Lock()
    print("Hi from process", current_process().pid, "(main process)")
    children = [Process(target=sayHi4, args=(lock1, "p" + str(i))) for i in range(10)]
    for child in children:
        child.start()
    for child in children:
        child.join()
    try:
        os.ftruncate(3, 0)
    except OSError:
        pass


if __name__ == "__main__":
    manyGreetings4()
