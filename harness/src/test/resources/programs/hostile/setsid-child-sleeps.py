# Shows: the child greets, leaves the run's session and process group with os.setsid() and sleeps for ever; the parent waits for it at exit, and killing the run's process group does not reach it.
# Exercise: procEx
# Expect: timeout
import os
import time
from multiprocessing import Process, current_process


def sayHi():
    print("Hi from process", current_process().pid)
    os.setsid()
    while True:
        time.sleep(60)


def procEx():
    print("Hi from process", current_process().pid, "(parent process)")
    otherProc = Process(target=sayHi, args=())
    otherProc.start()


if __name__ == "__main__":
    procEx()
