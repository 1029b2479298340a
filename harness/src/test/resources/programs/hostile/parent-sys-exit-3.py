# Shows: a procEx2 with the right output whose parent then calls sys.exit(3), so the run exits with status 3 (the code the runner uses for a missing entry function).
# Exercise: procEx2
# Expect: loses finishes-cleanly
import sys
from multiprocessing import Process, current_process


def sayHi():
    print("Hi from process", current_process().pid)


def procEx2():
    print("Hi from process", current_process().pid, "(parent process)")
    procs = [Process(target=sayHi, args=()) for i in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    sys.exit(3)


if __name__ == "__main__":
    procEx2()
