# Shows: procEx2 whose parent claims, through the probe's own output recorder, three greetings written by children that never printed them.
# Exercise: procEx2
# Expect: loses real-children
# Flagged: yes
# AtMost: 2
import os
import sys
from multiprocessing import Process


def sayHi():
    pass


def procEx2():
    stdout = sys.modules["parproc_probe.stdout"]
    print("Hi from process", os.getpid(), "(parent process)")
    for _ in range(3):
        p = Process(target=sayHi)
        p.start()
        p.join()
        stdout._record_output(("Hi from process %d\n" % p.pid).encode(), None)
