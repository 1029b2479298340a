# Shows: the child closes file descriptor 1 before it prints, so its print fails with OSError (bad file descriptor) and its greeting is never written.
# Exercise: procEx
# Expect: loses finishes-cleanly, greetings
import os
from multiprocessing import Process, current_process


def sayHi():
    os.close(1)
    print("Hi from process", current_process().pid)


def procEx():
    print("Hi from process", current_process().pid, "(parent process)")
    otherProc = Process(target=sayHi, args=())
    otherProc.start()
    otherProc.join()


if __name__ == "__main__":
    procEx()
