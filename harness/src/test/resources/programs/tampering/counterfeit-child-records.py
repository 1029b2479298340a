# Shows: the parent-prints-all procEx mistake that writes into the grader's record, through the descriptor it inherited, a consistent counterfeit child (start, proc, out and exit records of the kinds the probe writes, for a pid that never existed), and prints that child's line with the C library's write(2) below the probe, so that the record accounts for every byte printed; the kernel witness (as root) saw no such child.
# Exercise: procEx
# Loses: greetings, real-children, child-count
# Flagged: yes
# AtMost: mistakes/procEx/parent-prints-all.py
# Needs: root
import ctypes
import os
from multiprocessing import current_process


def record(text):
    try:
        os.write(3, (text + "\n").encode())
    except OSError:
        pass


def procEx():
    myPid = current_process().pid
    child = myPid + 1
    print("Hi from process", myPid, "(parent process)")
    line = "Hi from process %d\n" % child
    record('{"event":"start","child":%d,"name":"Process-1","target":"sayHi","internal":false,"args_type":"tuple",'
           '"method":"fork","t":10,"pid":%d}' % (child, myPid))
    record('{"event":"proc","parent":%d,"ppid":%d,"name":"Process-1","target":"sayHi","internal":false,'
           '"method":"fork","holds":[],"t":11,"pid":%d}' % (myPid, myPid, child))
    record('{"event":"out","n":%d,"data":"%s","held":[],"t":12,"pid":%d}' % (len(line), line.replace("\n", "\\n"), child))
    record('{"event":"exit","code":0,"t":13,"pid":%d}' % child)
    data = line.encode()
    ctypes.CDLL(None).write(1, data, len(data))


if __name__ == "__main__":
    procEx()
