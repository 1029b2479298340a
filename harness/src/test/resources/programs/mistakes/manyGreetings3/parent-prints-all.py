# Shows: the parent prints the eleven lines itself in a loop and invents the children's pids; no process is started.
# Exercise: manyGreetings3
# Loses: greetings, real-children, child-count
import os


def sayHi3(personName, procName, pid):
    print("Hi", personName, "from process", procName, "- pid", pid)


def manyGreetings3():
    parentPid = os.getpid()
    print("Hi from process", parentPid, "(parent process)")
    personName = "Jimmy"
    for i in range(10):
        sayHi3(personName, str(i), parentPid + 1 + i)


if __name__ == "__main__":
    manyGreetings3()
