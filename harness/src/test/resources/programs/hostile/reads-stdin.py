# Shows: procEx reads a line of stdin, which the exercise never gives: input() meets the end of stdin at once and raises EOFError (it does not wait for ever).
# Exercise: procEx
# Expect: loses finishes-cleanly
from multiprocessing import Process, current_process


def sayHi():
    print("Hi from process", current_process().pid)


def procEx():
    input("Press Enter to start: ")
    print("Hi from process", current_process().pid, "(parent process)")
    child = Process(target=sayHi)
    child.start()
    child.join()


if __name__ == "__main__":
    procEx()
