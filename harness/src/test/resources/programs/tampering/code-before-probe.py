# Shows: the parent-prints-all procEx mistake submitted beside sitecustomize.py, usercustomize.py and a .local/lib/python3.X/site-packages/usercustomize.py for every Python 3.8 to 3.14, each of which would, if Python ran it at start, print CUSTOMIZE RAN and empty the grader's record; none of them may run.
# Exercise: procEx
# Loses: greetings, real-children, child-count
# Flagged: no
# AtMost: mistakes/procEx/parent-prints-all.py
from multiprocessing import current_process


def sayHi(pid):
    print("Hi from process", pid)


def procEx():
    myPid = current_process().pid
    print("Hi from process", myPid, "(parent process)")
    sayHi(myPid + 1)


if __name__ == "__main__":
    procEx()
