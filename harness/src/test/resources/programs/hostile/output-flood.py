# Shows: the child greets, then prints lines without end; the run is stopped once it has printed more than the flood limit, long before its time limit.
# Exercise: procEx
# Expect: loses finishes-cleanly, greetings
# Stopped: printed more than
from multiprocessing import Process, current_process


def sayHi():
    print("Hi from process", current_process().pid)
    while True:
        print("flood " * 2000)


def procEx():
    print("Hi from process", current_process().pid, "(parent process)")
    child = Process(target=sayHi)
    child.start()
    child.join()


if __name__ == "__main__":
    procEx()
