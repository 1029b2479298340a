# Shows: a correct addManyPar saved as random.py, a name that shadows the standard module random, from which the program itself imports randint.
# Exercise: addManyPar
# Expect: full-marks
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
    p1 = Process(target=addManyNumbers, args=(totalNumNumbers // 2, q))
    p2 = Process(target=addManyNumbers, args=(totalNumNumbers // 2, q))
    p1.start()
    p2.start()
    answerA = q.get()
    answerB = q.get()
    print("Sum:", answerA + answerB)


if __name__ == "__main__":
    addManyPar()
