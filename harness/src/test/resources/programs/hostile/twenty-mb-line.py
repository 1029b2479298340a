# Shows: the child greets, then writes one line of 20 MB in a single call; the harness keeps the first MiB, reads the rest without stalling, and stops the run at the flood limit.
# Exercise: procEx
# Expect: loses finishes-cleanly, greetings
# Stopped: printed more than
import sys
from multiprocessing import Process, current_process


def sayHi():
    print("Hi from process", current_process().pid)
    sys.stdout.write("x" * (20 * 1000 * 1000) + "\n")


def procEx():
    print("Hi from process", current_process().pid, "(parent process)")
    child = Process(target=sayHi)
    child.start()
    child.join()


if __name__ == "__main__":
    procEx()
