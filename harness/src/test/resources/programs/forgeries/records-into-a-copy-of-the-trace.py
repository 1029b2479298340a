# Shows: manyGreetings4 without a lock whose children write forged acquire and release records into a copy of the trace's descriptor, naming the parent's lock.
# Exercise: manyGreetings4
# Expect: loses shared-lock
# Flagged: yes
# AtMost: mistakes/manyGreetings4/no-lock.py
import os
from multiprocessing import Lock, Process, current_process


def forge(kind, ident):
    copy = os.dup(int(os.environ.get("PARPROC_TRACE_FD", "3")))
    os.write(copy, ('{"event":"%s","lock":"%s","t":0,"pid":%d}\n' % (kind, ident, os.getpid())).encode())
    os.close(copy)


def sayHi4(lock, name):
    ident = next(v.ident for v in vars(lock).values() if hasattr(v, "ident"))
    forge("acquire", ident)
    print("Hi", name, "from process", current_process().pid)
    forge("release", ident)


def manyGreetings4():
    lock1 = Lock()
    print("Hi from process", current_process().pid, "(main process)")
    for i in range(10):
        Process(target=sayHi4, args=(lock1, "p" + str(i))).start()
