# Shows: both halves are run with run() instead of start(), so the parent computes and puts both partial sums itself; the total looks right but no child exists.
# Exercise: addManyPar
# Loses: merged-sum, child-count
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
    p1.run()
    p2.run()
    answerA = q.get()
    answerB = q.get()
    print("Sum:", answerA + answerB)


if __name__ == "__main__":
    addManyPar()
