# Shows: one Lock, created by the parent and passed to ten children, makes each child's greeting print whole.
"""Using a lock to control printing (the module's manyGreetings4 example)."""

from multiprocessing import *


def sayHi4(lock, name):
    lock.acquire()
    print("Hi", name, "from process", current_process().pid)
    lock.release()


def manyGreetings4():
    lock1 = Lock()

    print("Hi from process", current_process().pid, "(main process)")

    for i in range(10):
        Process(target=sayHi4, args=(lock1, "p" + str(i))).start()


if __name__ == "__main__":
    manyGreetings4()
