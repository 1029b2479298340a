# Shows: procEx whose parent prints both greetings, the child's with a made-up pid, and writes forged records of a child started and begun with that pid.
# Exercise: procEx
# Expect: loses real-children
# Flagged: yes
# AtMost: 5
import os
import sys


def procEx():
    trace = sys.modules["parproc_probe.trace"]
    child = os.getpid() + 7
    print("Hi from process %d (parent process)" % os.getpid())
    trace.emit("start", child=child, name="Process-1", target="sayHi", internal=False, args_type="tuple",
               method="fork")
    print("Hi from process %d" % child)
