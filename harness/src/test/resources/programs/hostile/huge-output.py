# Shows: the child greets correctly and then prints about 5 MB of extra text in one call, which the harness must read without stalling.
# Exercise: procEx
# Expect: loses greetings
from multiprocessing import Process, current_process


def sayHi():
    print("Hi from process", current_process().pid)
    line = "All work and no play makes Jack a dull boy.\n"
    print(line * (5 * 1024 * 1024 // len(line) + 1), end="")


def procEx():
    print("Hi from process", current_process().pid, "(parent process)")
    otherProc = Process(target=sayHi, args=())
    otherProc.start()
    otherProc.join()


if __name__ == "__main__":
    procEx()
