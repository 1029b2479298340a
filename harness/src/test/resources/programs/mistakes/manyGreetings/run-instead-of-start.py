# Shows: the three children are run with run() instead of start(), so the parent greets Jimmy three times with its own pid.
# Exercise: manyGreetings
# Loses: greetings, real-children, child-count
from multiprocessing import Process, current_process


def sayHi2(n):
    print("Hi", n, "from process", current_process().pid)


def manyGreetings():
    print("Hi from process", current_process().pid, "(parent process)")
    name = "Jimmy"
    p1 = Process(target=sayHi2, args=(name,))
    p2 = Process(target=sayHi2, args=(name,))
    p3 = Process(target=sayHi2, args=(name,))
    p1.run()
    p2.run()
    p3.run()


if __name__ == "__main__":
    manyGreetings()
