# Shows: the parent-prints-all procEx mistake that first fills the grader's record past its limit (32 MiB) with records of a kind the probe writes, then prints, then sleeps until the grader stops it at the time limit: its lines are past the record's limit, which no correct program comes near, so every check that needs the record fails; as root, it also outgrows the kernel witness's record, which stops it and flags it.
# Exercise: procEx
# Loses: greetings, real-children, child-count
# Flagged: yes
# AtMost: mistakes/procEx/parent-prints-all.py
# Needs: root
import os
import time
from multiprocessing import current_process


def sayHi(pid):
    print("Hi from process", pid)


def flood():
    record = b'{"event":"slept","t":0,"pid":%d}\n' % os.getpid()
    chunk = record * (65536 // len(record))
    for _ in range((33 << 20) // len(chunk)):
        try:
            os.write(3, chunk)
        except OSError:
            return


def procEx():
    flood()
    myPid = current_process().pid
    print("Hi from process", myPid, "(parent process)")
    sayHi(myPid + 1)
    time.sleep(3600)


if __name__ == "__main__":
    procEx()
