# Shows: addManyPar with the spawn start method: two children put partial sums on one ctx.Queue; the parent adds them and joins both.
import multiprocessing
from random import randint


def addManyNumbers(numNumbers, q):
    s = 0
    for _ in range(numNumbers):
        s = s + randint(1, 100)
    q.put(s)


def addManyPar():
    ctx = multiprocessing.get_context("spawn")
    totalNumNumbers = 1000000
    q = ctx.Queue()
    p1 = ctx.Process(target=addManyNumbers, args=(totalNumNumbers // 2, q))
    p2 = ctx.Process(target=addManyNumbers, args=(totalNumNumbers // 2, q))
    p1.start()
    p2.start()
    answerA = q.get()
    answerB = q.get()
    p1.join()
    p2.join()
    print("Sum:", answerA + answerB)


if __name__ == "__main__":
    addManyPar()
