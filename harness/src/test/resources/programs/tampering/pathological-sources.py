# Shows: a correct procEx (the reference solution) submitted beside source files made to exhaust the grader's survey: blank.py (a syntax error, then 300,000 blank lines), big.py (4 MiB of a=1 lines, over the survey's 1 MB limit), nested.py (200,000 open parentheses) and spaces.py (a Python 2 print and a def, each padded with 400,000 spaces); the grading stays within its time and gives full marks.
# Exercise: procEx
# Expect: full-marks
# Flagged: no
# AtMost: 10
# Generate: blank.py = "def broken(:\n" + "\n" * 300000
# Generate: big.py = "a=1\n" * 1048576
# Generate: nested.py = "x = " + "(" * 200000 + "\n"
# Generate: spaces.py = "print " + " " * 400000 + "x\ndef" + " " * 400000 + "f(:\n"
"""Making a process (Parallel Processes in Python, "Basics of Processes with Python")."""

from multiprocessing import *


def sayHi():
    print("Hi from process", current_process().pid)


def procEx():
    print("Hi from process", current_process().pid, "(parent process)")

    otherProc = Process(target=sayHi, args=())
    otherProc.start()


if __name__ == "__main__":
    procEx()
