# Shows: one Process object is started three times; the second start() raises AssertionError in the parent, so only one child greets.
# Exercise: procEx2
# Loses: finishes-cleanly, greetings, child-count
from multiprocessing import Process, current_process


def sayHi():
    print("Hi from process", current_process().pid)


def procEx2():
    print("Hi from process", current_process().pid, "(parent process)")
    p = Process(target=sayHi, args=())
    for i in range(3):
        p.start()


if __name__ == "__main__":
    procEx2()
