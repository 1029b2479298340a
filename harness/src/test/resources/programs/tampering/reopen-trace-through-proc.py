# Shows: the parent-prints-all procEx mistake that opens the grader's record again through /proc/self/fd/3 for writing, emptied (O_TRUNC), to start it afresh with records of its own; the file is the grader's (root's) and the run's user may not open it, so nothing changes.
# Exercise: procEx
# Loses: greetings, real-children, child-count
# Flagged: no
# AtMost: mistakes/procEx/parent-prints-all.py
# Needs: root
import os
from multiprocessing import current_process


def sayHi(pid):
    print("Hi from process", pid)


def procEx():
    try:
        fd = os.open("/proc/self/fd/3", os.O_WRONLY | os.O_TRUNC)
        os.write(fd, b'{"event":"root","entry":"procEx","file":"x.py","python":"3","method":null,"t":0,"pid":1}\n')
        os.close(fd)
    except OSError:
        pass
    myPid = current_process().pid
    print("Hi from process", myPid, "(parent process)")
    sayHi(myPid + 1)


if __name__ == "__main__":
    procEx()
