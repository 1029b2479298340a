# Shows: a parent process greets, then starts three child processes that each greet with their own pid.
"""Making multiple processes (solution to the module's first exercise)."""

from multiprocessing import *


def sayHi():
    print("Hi from process", current_process().pid)


def procEx2():
    print("Hi from process", current_process().pid, "(parent process)")

    p1 = Process(target=sayHi, args=())
    p2 = Process(target=sayHi, args=())
    p3 = Process(target=sayHi, args=())

    p1.start()
    p2.start()
    p3.start()


if __name__ == "__main__":
    procEx2()
