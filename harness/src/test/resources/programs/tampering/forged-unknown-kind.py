# Shows: the parent-prints-all procEx mistake that also writes into the grader's record a record of a kind the probe never writes ({"event":"frobnicate",...}) through the descriptor it inherited.
# Exercise: procEx
# Loses: greetings, real-children, child-count
# Flagged: yes
# AtMost: mistakes/procEx/parent-prints-all.py
import os
from multiprocessing import current_process


def sayHi(pid):
    print("Hi from process", pid)


def procEx():
    myPid = current_process().pid
    print("Hi from process", myPid, "(parent process)")
    sayHi(myPid + 1)
    try:
        os.write(3, b'{"event":"frobnicate","pid":%d,"t":1}\n' % myPid)
    except OSError:
        pass


if __name__ == "__main__":
    procEx()
