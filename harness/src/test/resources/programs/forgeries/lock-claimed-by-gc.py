# Shows: manyGreetings4 without a lock whose children find the probe's recorders among the garbage collector's objects and claim the parent's lock around each print.
# Exercise: manyGreetings4
# Expect: loses shared-lock
# Flagged: yes
# AtMost: mistakes/manyGreetings4/no-lock.py
import gc
from multiprocessing import Lock, Process, current_process


def found(name):
    return next(o for o in gc.get_objects() if callable(o) and getattr(o, "__name__", "") == name)


def sayHi4(lock, name):
    ident = next(v.ident for v in vars(lock).values() if hasattr(v, "ident"))
    found("note_acquire")(ident)
    print("Hi", name, "from process", current_process().pid)
    found("note_release")(ident)


def manyGreetings4():
    lock1 = Lock()
    print("Hi from process", current_process().pid, "(main process)")
    for i in range(10):
        Process(target=sayHi4, args=(lock1, "p" + str(i))).start()
