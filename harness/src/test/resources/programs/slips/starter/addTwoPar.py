# Shows: the starter code of addTwoPar, unchanged: it still raises NotImplementedError, so it is reported in one line as not written yet.
# Exercise: addTwoPar
# Score: 0
# Says: not written yet: addTwoPar() (addTwoPar.py, line 32) still raises NotImplementedError
"""Obtaining a result from a single child (exercise).

addTwoNumbers takes two numbers as arguments, adds them, and places the result on a queue (which
was also passed as an argument). addTwoPar asks the user to enter two numbers, passes them and a
queue to addTwoNumbers in a new process. Starting with the code below, write code to make the
parent obtain the result from the child and print it.
"""

from multiprocessing import *


def addTwoNumbers(a, b, q):
    # time.sleep(5) # In case you want to slow things down to see what is happening.
    q.put(a + b)


def addTwoPar():
    # Python 3: input() returns a string, so the numbers are converted before they are added.
    x = int(input("Enter first number: "))
    y = int(input("Enter second number: "))

    q = Queue()
    p1 = Process(target=addTwoNumbers, args=(x, y, q))
    p1.start()

    # TODO: make the parent obtain the result from the child through the queue q and print it:
    #     The sum is: <result>
    raise NotImplementedError("addTwoPar: get the sum from the queue and print it as 'The sum is: <sum>'")


if __name__ == "__main__":
    addTwoPar()
