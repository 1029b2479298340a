# Shows: name=i passes an int, and Process() replaces the falsy name 0 by its default "Process-1", so no child greets as process 0.
# Exercise: manyGreetings3
# Loses: greetings
from multiprocessing import Process, current_process


def sayHi3(personName):
    print("Hi", personName, "from process", current_process().name, "- pid", current_process().pid)


def manyGreetings3():
    print("Hi from process", current_process().pid, "(parent process)")
    personName = "Jimmy"
    for i in range(10):
        Process(target=sayHi3, args=(personName,), name=i).start()


if __name__ == "__main__":
    manyGreetings3()
