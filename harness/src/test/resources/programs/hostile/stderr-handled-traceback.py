# Shows: a correct procEx2 whose children catch an exception and print its traceback to stderr with traceback.print_exc(); stderr shows "Traceback" but nothing is uncaught.
# Exercise: procEx2
# Expect: full-marks
import traceback
from multiprocessing import Process, current_process


def childNumber():
    # "Process-2" -> 2, but the name has no number in some versions: debug it
    return int(current_process().name.split("-")[2])


def sayHi():
    try:
        childNumber()
    except (IndexError, ValueError):
        traceback.print_exc()
    print("Hi from process", current_process().pid)


def procEx2():
    print("Hi from process", current_process().pid, "(parent process)")
    procs = [Process(target=sayHi) for i in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()


if __name__ == "__main__":
    procEx2()
