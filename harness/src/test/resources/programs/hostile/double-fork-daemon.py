# Shows: a correct procEx whose child also leaves a daemon behind: it forks with os.fork (unseen by multiprocessing), the fork calls setsid, forks again, closes its output and sleeps for an hour; the grader stops it when the run ends, and the program loses finishes-cleanly for it.
# Exercise: procEx
# Expect: loses finishes-cleanly
import os
import time
from multiprocessing import Process, current_process


def sayHi():
    print("Hi from process", current_process().pid)
    if os.fork() == 0:
        os.setsid()
        if os.fork() == 0:
            devnull = os.open(os.devnull, os.O_RDWR)
            for fd in (0, 1, 2):
                os.dup2(devnull, fd)
            time.sleep(3600)
        os._exit(0)


def procEx():
    print("Hi from process", current_process().pid, "(parent process)")
    child = Process(target=sayHi)
    child.start()
    child.join()


if __name__ == "__main__":
    procEx()
