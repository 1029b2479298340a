# Shows: a correct procEx2 whose processes write their lines with os.write(1, ...) on the file descriptor, bypassing print and sys.stdout.
# Exercise: procEx2
# Expect: full-marks
import os
from multiprocessing import Process


def sayHi():
    os.write(1, ("Hi from process %d\n" % os.getpid()).encode())


def procEx2():
    os.write(1, ("Hi from process %d (parent process)\n" % os.getpid()).encode())
    children = [Process(target=sayHi) for _ in range(3)]
    for child in children:
        child.start()
    for child in children:
        child.join()


if __name__ == "__main__":
    procEx2()
