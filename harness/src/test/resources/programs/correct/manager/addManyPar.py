# Shows: addManyPar with a Manager().Queue(): two children put partial sums on the managed queue and the parent adds them.
from multiprocessing import Manager, Process
from random import randint


def addManyNumbers(numNumbers, q):
    s = 0
    for _ in range(numNumbers):
        s = s + randint(1, 100)
    q.put(s)


def addManyPar():
    totalNumNumbers = 1000000
    with Manager() as manager:
        q = manager.Queue()
        p1 = Process(target=addManyNumbers, args=(totalNumNumbers // 2, q))
        p2 = Process(target=addManyNumbers, args=(totalNumNumbers // 2, q))
        p1.start()
        p2.start()
        answerA = q.get()
        answerB = q.get()
        p1.join()
        p2.join()
    print("Sum:", answerA + answerB)


if __name__ == "__main__":
    addManyPar()
