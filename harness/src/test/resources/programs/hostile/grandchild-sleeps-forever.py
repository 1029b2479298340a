# Shows: the child greets and starts a grandchild that sleeps for ever; the parent returns without join, but the child waits for the grandchild at exit and the parent for the child, so the run never ends.
# Exercise: procEx
# Expect: timeout
from multiprocessing import Process, current_process
import time


def sleepForever():
    while True:
        time.sleep(60)


def sayHi():
    print("Hi from process", current_process().pid)
    Process(target=sleepForever).start()


def procEx():
    print("Hi from process", current_process().pid, "(parent process)")
    otherProc = Process(target=sayHi, args=())
    otherProc.start()


if __name__ == "__main__":
    procEx()
