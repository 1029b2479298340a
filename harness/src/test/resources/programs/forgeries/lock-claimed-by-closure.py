# Shows: manyGreetings4 without a lock whose children reach the probe's recorders through the globals of the lock's patched acquire and claim the lock around each print.
# Exercise: manyGreetings4
# Expect: loses shared-lock
# Flagged: yes
# AtMost: mistakes/manyGreetings4/no-lock.py
from multiprocessing import Lock, Process, current_process


def sayHi4(lock, name):
    recorder = lock.acquire.__globals__
    meta = next(c.cell_contents for c in lock.acquire.__closure__ if hasattr(c.cell_contents, "ident"))
    recorder["note_acquire"](meta.ident)
    print("Hi", name, "from process", current_process().pid)
    recorder["note_release"](meta.ident)


def manyGreetings4():
    lock1 = Lock()
    print("Hi from process", current_process().pid, "(main process)")
    for i in range(10):
        Process(target=sayHi4, args=(lock1, "p" + str(i))).start()
