# Shows: each child greets with a pid the file read once, at its top level; a spawned child imports the file and reads its own, but a forked child is a copy of the parent and prints the parent's.
# Exercise: procEx2
# Portability: spawn only
# Reason: under fork each child starts as a copy of the parent, with every global as the parent left it
import os
from multiprocessing import Process, current_process

MY_PID = os.getpid()


def sayHi():
    print("Hi from process", MY_PID)


def procEx2():
    print("Hi from process", current_process().pid, "(parent process)")
    children = [Process(target=sayHi) for _ in range(3)]
    for child in children:
        child.start()
    for child in children:
        child.join()


if __name__ == "__main__":
    procEx2()
