# Shows: starter for manyGreetings2: ask for a name and a count, then start that many child processes that greet by name.
"""A variable number of processes (exercise).

Write a function that first asks for your name, and then asks how many processes to spawn.
That many processes are created, and each greets you by name and gives its pid.
Hint: use a loop to create the number of desired child processes.
"""

from multiprocessing import *


def sayHi2(n):
    print("Hi", n, "from process", current_process().pid)


def manyGreetings2():
    """TODO: ask for the name with input("Enter your name: ") and for the number of processes
    with input("How many processes? ") (input() returns a string: convert the count with int()),
    then use a loop to create and start that many processes, each running sayHi2 with args=(name,).
    """
    raise NotImplementedError("manyGreetings2: read a name and a count, then start that many processes running sayHi2")


if __name__ == "__main__":
    manyGreetings2()
