# Shows: in the module's own style (no __main__ guard, a bare addTwoPar() call at the bottom): a child process computes a result (the sum of two numbers) and the parent obtains it through a Queue.
"""Obtaining a result from a single child (solution to the module's exercise)."""

from multiprocessing import *


def addTwoNumbers(a, b, q):
    # time.sleep(5) # In case you want to slow things down to see what is happening.
    q.put(a + b)


def addTwoPar():
    # Python 3: input() returns a string, so convert the numbers before adding them.
    x = int(input("Enter first number: "))
    y = int(input("Enter second number: "))

    q = Queue()
    p1 = Process(target=addTwoNumbers, args=(x, y, q))
    p1.start()

    # p1.join()
    result = q.get()
    print("The sum is:", result)


#execute
addTwoPar()
