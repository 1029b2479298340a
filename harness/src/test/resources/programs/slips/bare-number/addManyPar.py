# Shows: addManyPar whose parent prints only the merged sum, with no "Sum:": both partial sums came through the queue and the total is right; only the word is missing.
# Exercise: addManyPar
# Loses: output
# Score: max - output
# Says: where "Sum: <sum>" was expected
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
    print(answerA + answerB)


if __name__ == "__main__":
    addManyPar()
