# Shows: the module's Python 2 code (raw_input, print statement); under Python 3 the file does not compile (SyntaxError), so nothing runs.
# Exercise: manyGreetings2
# Loses: finishes-cleanly, greetings, real-children, child-count
from multiprocessing import *


def sayHi2(n):
    print "Hi", n, "from process", current_process().pid


def manyGreetings2():
    name = raw_input("Enter your name: ")
    numProc = input("How many processes? ")
    for i in range(numProc):
        (Process(target=sayHi2, args=(name,))).start()


manyGreetings2()
