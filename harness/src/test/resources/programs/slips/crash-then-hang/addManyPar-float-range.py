# Shows: range(total / 2) in Python 3 is range of a float: both children die with a TypeError, and the parent waits in q.get() for ever; the TypeError is said once, under "Fix this first", and every failed check refers to it in one line.
# Exercise: addManyPar
# Loses: finishes-cleanly, output, merged-sum, plausible-partial-sums
# Score: 2
# Says: Fix this first: child Process- | raised TypeError: 'float' object cannot be interpreted as an integer, at addManyPar-float-range.py, line 13, in addManyNumbers.
# Leads: Cause: the TypeError under "Fix this first".
from multiprocessing import Process, Queue
from random import randint


def addManyNumbers(numNumbers, q):
    s = 0
    for i in range(numNumbers):
        s = s + randint(1, 100)
    q.put(s)


def addManyPar():
    totalNumNumbers = 1000000
    q = Queue()
    p1 = Process(target=addManyNumbers, args=(totalNumNumbers / 2, q))
    p2 = Process(target=addManyNumbers, args=(totalNumNumbers / 2, q))
    p1.start()
    p2.start()
    answerA = q.get()
    answerB = q.get()
    print("Sum:", answerA + answerB)


if __name__ == "__main__":
    addManyPar()
