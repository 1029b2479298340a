# Shows: a single child adds both halves and puts two partial sums on the queue; the total is right but one child does all the work.
# Exercise: addManyPar
# Loses: merged-sum, child-count
from multiprocessing import Process, Queue
from random import randint


def addManyNumbers(numNumbers, q):
    for half in range(2):
        s = 0
        for i in range(numNumbers):
            s = s + randint(1, 100)
        q.put(s)


def addManyPar():
    totalNumNumbers = 1000000
    q = Queue()
    p1 = Process(target=addManyNumbers, args=(totalNumNumbers // 2, q))
    p1.start()
    answerA = q.get()
    answerB = q.get()
    print("Sum:", answerA + answerB)


if __name__ == "__main__":
    addManyPar()
