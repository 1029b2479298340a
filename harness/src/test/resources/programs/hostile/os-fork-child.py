# Shows: the child is made with os.fork() instead of a multiprocessing Process; it greets with its own pid, but no process was started with start().
# Exercise: procEx
# Expect: loses real-children, child-count
import os
from multiprocessing import current_process


def sayHi():
    print("Hi from process", os.getpid())


def procEx():
    print("Hi from process", current_process().pid, "(parent process)")
    pid = os.fork()
    if pid == 0:
        sayHi()
        os._exit(0)
    os.waitpid(pid, 0)


if __name__ == "__main__":
    procEx()
