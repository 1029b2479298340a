# Shows: the parent-prints-all procEx mistake that first closes the descriptor of the grader's record (os.close(3)), so that none of its writes is recorded; the record lacks the output, which is lost evidence rather than a record spoiled.
# Exercise: procEx
# Loses: greetings, real-children, child-count
# Flagged: no
# AtMost: mistakes/procEx/parent-prints-all.py
import os
from multiprocessing import current_process


def sayHi(pid):
    print("Hi from process", pid)


def procEx():
    try:
        os.close(3)
    except OSError:
        pass
    myPid = current_process().pid
    print("Hi from process", myPid, "(parent process)")
    sayHi(myPid + 1)


if __name__ == "__main__":
    procEx()
