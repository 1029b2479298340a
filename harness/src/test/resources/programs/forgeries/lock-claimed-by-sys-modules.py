# Shows: manyGreetings4 without a lock whose children find the probe's lock recorder in sys.modules and claim the parent's lock around each print.
# Exercise: manyGreetings4
# Expect: loses shared-lock
# Flagged: yes
# AtMost: mistakes/manyGreetings4/no-lock.py
import sys
from multiprocessing import Lock, Process, current_process


def sayHi4(lock, name):
    recorder = next(m for n, m in sys.modules.items() if n.endswith(".locks") and hasattr(m, "note_acquire"))
    ident = next(v.ident for v in vars(lock).values() if hasattr(v, "ident"))
    recorder.note_acquire(ident)
    print("Hi", name, "from process", current_process().pid)
    recorder.note_release(ident)


def manyGreetings4():
    lock1 = Lock()
    print("Hi from process", current_process().pid, "(main process)")
    for i in range(10):
        Process(target=sayHi4, args=(lock1, "p" + str(i))).start()
