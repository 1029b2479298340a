# Shows: manyGreetings4 without a lock whose children write each greeting to a copy of descriptor 1 made with os.dup.
# Exercise: manyGreetings4
# Expect: loses shared-lock
# Flagged: no
# AtMost: mistakes/manyGreetings4/no-lock.py
import os
from multiprocessing import Lock, Process, current_process


def sayHi4(lock, name):
    copy = os.dup(1)
    os.write(copy, ("Hi %s from process %d\n" % (name, current_process().pid)).encode())
    os.close(copy)


def manyGreetings4():
    lock1 = Lock()
    print("Hi from process", current_process().pid, "(main process)")
    for i in range(10):
        Process(target=sayHi4, args=(lock1, "p" + str(i))).start()
