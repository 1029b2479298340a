# Shows: Python 2's raw_input() kept in otherwise Python 3 code: the parent dies with a NameError before reading anything, and no greeter starts.
# Exercise: manyGreetings2
# Loses: finishes-cleanly, greetings, child-count
from multiprocessing import Process, current_process


def sayHi2(n):
    print("Hi", n, "from process", current_process().pid)


def manyGreetings2():
    name = raw_input("Enter your name: ")
    numProc = int(raw_input("How many processes? "))
    for i in range(numProc):
        p = Process(target=sayHi2, args=(name,))
        p.start()


if __name__ == "__main__":
    manyGreetings2()
