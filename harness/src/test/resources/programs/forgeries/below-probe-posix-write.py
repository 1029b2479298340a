# Shows: manyGreetings4 without a lock whose children write each greeting with posix.write, the C function under os.write, which the probe's patch of os.write does not see.
# Exercise: manyGreetings4
# Expect: loses shared-lock
# Flagged: no
# AtMost: mistakes/manyGreetings4/no-lock.py
import posix
from multiprocessing import Lock, Process, current_process


def sayHi4(lock, name):
    posix.write(1, ("Hi %s from process %d\n" % (name, current_process().pid)).encode())


def manyGreetings4():
    lock1 = Lock()
    print("Hi from process", current_process().pid, "(main process)")
    for i in range(10):
        Process(target=sayHi4, args=(lock1, "p" + str(i))).start()
