# Shows: the child greets, then forks a grandchild that leaves the run's session with os.setsid(), closes its output and sleeps; the child and the parent end, leaving the daemon running.
# Exercise: procEx
# Loses: finishes-cleanly
import os
import time
from multiprocessing import Process, current_process


def sayHi():
    print("Hi from process", current_process().pid)
    if os.fork() == 0:
        os.setsid()
        os.close(1)
        os.close(2)
        time.sleep(30)
        os._exit(0)


def procEx():
    print("Hi from process", current_process().pid, "(parent process)")
    child = Process(target=sayHi)
    child.start()
    child.join()


if __name__ == "__main__":
    procEx()
