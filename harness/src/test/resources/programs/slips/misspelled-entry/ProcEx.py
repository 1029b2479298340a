# Shows: procEx capitalised as ProcEx: named with its file and line, not graded.
# Exercise: procEx
# Score: 0
# Says: found ProcEx in ProcEx.py, line 12: did you mean procEx?
from multiprocessing import Process, current_process


def sayHi():
    print("Hi from process", current_process().pid)


def ProcEx():
    print("Hi from process", current_process().pid, "(parent process)")
    Process(target=sayHi).start()


if __name__ == "__main__":
    ProcEx()
