# Shows: the count from input() stays a string, so range(numProc) raises TypeError in the parent and no greeter starts.
# Exercise: manyGreetings2
# Loses: finishes-cleanly, greetings, child-count
from multiprocessing import Process, current_process


def sayHi2(n):
    print("Hi", n, "from process", current_process().pid)


def manyGreetings2():
    name = input("Enter your name: ")
    numProc = input("How many processes? ")
    for i in range(numProc):
        (Process(target=sayHi2, args=(name,))).start()


if __name__ == "__main__":
    manyGreetings2()
