# Shows: in the module's own style (no __main__ guard, a bare manyGreetings2() call at the bottom): a variable number of processes: read a name and a count, then start that many children that greet by name.
"""A variable number of processes (solution to the module's exercise)."""

from multiprocessing import *


def sayHi2(n):
    print("Hi", n, "from process", current_process().pid)


def manyGreetings2():
    name = input("Enter your name: ")
    # Python 3: input() returns a string, so the count must be converted to an int.
    numProc = int(input("How many processes? "))

    for i in range(numProc):
        (Process(target=sayHi2, args=(name,))).start()


#execute
manyGreetings2()
