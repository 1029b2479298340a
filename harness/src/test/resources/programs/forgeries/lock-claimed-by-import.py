# Shows: manyGreetings4 without a lock whose children call the probe's own lock recorder, imported by name, around each print, naming the parent's lock.
# Exercise: manyGreetings4
# Expect: loses shared-lock
# Flagged: yes
# AtMost: mistakes/manyGreetings4/no-lock.py
from multiprocessing import Lock, Process, current_process

from parproc_probe import locks


def sayHi4(lock, name):
    locks.note_acquire(lock._parproc.ident)
    print("Hi", name, "from process", current_process().pid)
    locks.note_release(lock._parproc.ident)


def manyGreetings4():
    lock1 = Lock()
    print("Hi from process", current_process().pid, "(main process)")
    for i in range(10):
        Process(target=sayHi4, args=(lock1, "p" + str(i))).start()
