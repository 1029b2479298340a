# Shows: the no-lock manyGreetings4 mistake whose children write each greeting with the C library's write(2), called through ctypes, below the probe: the record lacks those lines, so nothing shows they were printed without the lock.
# Exercise: manyGreetings4
# Loses: shared-lock
# Flagged: no
# AtMost: mistakes/manyGreetings4/no-lock.py
import ctypes
import os
from multiprocessing import Lock, Process, current_process


def sayHi4(lock, name):
    libc = ctypes.CDLL(None, use_errno=True)
    line = ("Hi %s from process %d\n" % (name, current_process().pid)).encode()
    libc.write(1, line, len(line))


def manyGreetings4():
    lock1 = Lock()
    print("Hi from process", current_process().pid, "(main process)", flush=True)
    for i in range(10):
        Process(target=sayHi4, args=(lock1, "p" + str(i))).start()


if __name__ == "__main__":
    manyGreetings4()
