# Shows: manyGreetings2 in the module's style, a bare manyGreetings2() at the bottom and no guard, with a stray line after the call that raises NameError: python3 prints every greeting and then the traceback, so only finishes-cleanly is lost.
# Exercise: manyGreetings2
# Loses: finishes-cleanly
# Score: max - finishes-cleanly
# Says: raised NameError: name 'numProc' is not defined | line 24
from multiprocessing import Process, current_process


def sayHi2(n):
    print("Hi", n, "from process", current_process().pid)


def manyGreetings2():
    name = input("Enter your name: ")
    count = int(input("How many processes? "))
    children = [Process(target=sayHi2, args=(name,)) for _ in range(count)]
    for child in children:
        child.start()
    for child in children:
        child.join()


manyGreetings2()
print("Started", numProc, "processes")
