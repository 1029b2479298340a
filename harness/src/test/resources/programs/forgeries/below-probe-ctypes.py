# Shows: manyGreetings4 without a lock whose children write each greeting with libc's write(2) through ctypes, below the probe.
# Exercise: manyGreetings4
# Expect: loses shared-lock
# Flagged: no
# AtMost: mistakes/manyGreetings4/no-lock.py
import ctypes
from multiprocessing import Lock, Process, current_process

libc = ctypes.CDLL(None)


def sayHi4(lock, name):
    line = ("Hi %s from process %d\n" % (name, current_process().pid)).encode()
    libc.write(1, line, len(line))


def manyGreetings4():
    lock1 = Lock()
    print("Hi from process", current_process().pid, "(main process)")
    for i in range(10):
        Process(target=sayHi4, args=(lock1, "p" + str(i))).start()
