# Shows: the parent takes only the first result from the queue and prints it as the total, although two children each put a partial sum.
# Exercise: addManyPar
# Loses: merged-sum
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
    print("Sum:", answerA)


if __name__ == "__main__":
    addManyPar()
