# Shows: in the module's own style (no __main__ guard, a bare addManyPar() call at the bottom): two children each add half of a million random numbers and the parent merges their sums from one Queue.
"""Using a queue to merge multiple child process results (the module's addManyPar example)."""

from multiprocessing import *
from random import randint
import time


def addManyNumbers(numNumbers, q):
    s = 0
    for i in range(numNumbers):
        s = s + randint(1, 100)
    q.put(s)


def addManyPar():
    totalNumNumbers = 1000000

    q = Queue()
    # Python 3: / gives a float, so use // for a whole number of numbers.
    p1 = Process(target=addManyNumbers, args=(totalNumNumbers // 2, q))
    p2 = Process(target=addManyNumbers, args=(totalNumNumbers // 2, q))
    p1.start()
    p2.start()

    answerA = q.get()
    answerB = q.get()
    print("Sum:", answerA + answerB)


#execute
addManyPar()
