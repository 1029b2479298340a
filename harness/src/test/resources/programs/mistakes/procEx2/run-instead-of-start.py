# Shows: the three children are run with run() instead of start(), so every greeting is printed by the parent with the parent's pid.
# Exercise: procEx2
# Loses: greetings, real-children, child-count
from multiprocessing import Process, current_process


def sayHi():
    print("Hi from process", current_process().pid)


def procEx2():
    print("Hi from process", current_process().pid, "(parent process)")
    p1 = Process(target=sayHi, args=())
    p2 = Process(target=sayHi, args=())
    p3 = Process(target=sayHi, args=())
    p1.run()
    p2.run()
    p3.run()


if __name__ == "__main__":
    procEx2()
