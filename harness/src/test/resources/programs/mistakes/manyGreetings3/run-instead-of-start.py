# Shows: the ten children are run with run() instead of start(), so the parent prints every greeting, as process MainProcess with its own pid.
# Exercise: manyGreetings3
# Loses: greetings, child-count
from multiprocessing import Process, current_process


def sayHi3(personName):
    print("Hi", personName, "from process", current_process().name, "- pid", current_process().pid)


def manyGreetings3():
    print("Hi from process", current_process().pid, "(parent process)")
    personName = "Jimmy"
    for i in range(10):
        Process(target=sayHi3, args=(personName,), name=str(i)).run()


if __name__ == "__main__":
    manyGreetings3()
