# Shows: args=(personName) without the comma passes the five letters of "Jimmy", so all ten children die with a TypeError and none greets.
# Exercise: manyGreetings3
# Loses: finishes-cleanly, greetings
from multiprocessing import Process, current_process


def sayHi3(personName):
    print("Hi", personName, "from process", current_process().name, "- pid", current_process().pid)


def manyGreetings3():
    print("Hi from process", current_process().pid, "(parent process)")
    personName = "Jimmy"
    for i in range(10):
        Process(target=sayHi3, args=(personName), name=str(i)).start()


if __name__ == "__main__":
    manyGreetings3()
