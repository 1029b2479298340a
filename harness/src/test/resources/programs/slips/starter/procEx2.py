# Shows: the starter code of procEx2, unchanged: it still raises NotImplementedError, so it is reported in one line as not written yet.
# Exercise: procEx2
# Score: 0
# Says: not written yet: procEx2() (procEx2.py, line 24) still raises NotImplementedError
"""Making multiple processes (exercise).

Copy the code from procEx and modify it to create three processes, each of which says "hi".
"""

from multiprocessing import *


def sayHi():
    print("Hi from process", current_process().pid)


def procEx2():
    """TODO: print the parent's greeting, as procEx does:

        print("Hi from process", current_process().pid, "(parent process)")

    then create three Process objects with target=sayHi and args=(), and start each one.
    """
    raise NotImplementedError("procEx2: print the parent's greeting, then create and start three processes that run sayHi")


if __name__ == "__main__":
    procEx2()
