# Shows: the parent-prints-all procEx mistake that first empties the grader's record of its run through the descriptor it inherited (os.ftruncate(3, 0)), hoping to hide that no child ever printed.
# Exercise: procEx
# Loses: greetings, real-children, child-count
# Flagged: yes
# AtMost: mistakes/procEx/parent-prints-all.py
import os
from multiprocessing import current_process


def sayHi(pid):
    print("Hi from process", pid)


def procEx():
    try:
        os.ftruncate(3, 0)
    except OSError:
        pass
    myPid = current_process().pid
    print("Hi from process", myPid, "(parent process)")
    sayHi(myPid + 1)


if __name__ == "__main__":
    procEx()
