# Shows: a bounded fork bomb: the child greets, then forks 400 processes with os.fork, each sleeping 30 s; past the run's process cap a fork fails and the run is stopped.
# Exercise: procEx
# Expect: loses finishes-cleanly
# Stopped: more than
import os
import time
from multiprocessing import Process, current_process


def sayHi():
    print("Hi from process", current_process().pid)
    for _ in range(400):
        if os.fork() == 0:
            time.sleep(30)
            os._exit(0)


def procEx():
    print("Hi from process", current_process().pid, "(parent process)")
    child = Process(target=sayHi)
    child.start()
    child.join()


if __name__ == "__main__":
    procEx()
