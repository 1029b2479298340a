# Shows: the child runs a lambda; fork needs no name for it, but spawn and forkserver pickle the target by name, and a lambda has none.
# Exercise: procEx
# Portability: fork only
# Reason: the target is a lambda inside `procEx`, and spawn can only start functions defined by name at the top level of a file
from multiprocessing import Process, current_process


def sayHi():
    print("Hi from process", current_process().pid)


def procEx():
    print("Hi from process", current_process().pid, "(parent process)")
    otherProc = Process(target=lambda: sayHi())
    otherProc.start()
    otherProc.join()


if __name__ == "__main__":
    procEx()
