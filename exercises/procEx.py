# Shows: a parent process greets, then creates and starts one child process that greets with its own pid.
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
