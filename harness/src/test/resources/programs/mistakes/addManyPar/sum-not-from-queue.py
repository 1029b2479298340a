# Shows: the children add their sums to a global variable that only exists in their own memory; the parent never reads the queue and prints its own total, 0.
# Exercise: addManyPar
# Loses: merged-sum
from multiprocessing import Process, Queue
from random import randint

total = 0


def addManyNumbers(numNumbers, q):
    global total
    s = 0
    for i in range(numNumbers):
        s = s + randint(1, 100)
    q.put(s)
    total = total + s


def addManyPar():
    totalNumNumbers = 1000000
    q = Queue()
    p1 = Process(target=addManyNumbers, args=(totalNumNumbers // 2, q))
    p2 = Process(target=addManyNumbers, args=(totalNumNumbers // 2, q))
    p1.start()
    p2.start()
    p1.join()
    p2.join()
    print("Sum:", total)


if __name__ == "__main__":
    addManyPar()
