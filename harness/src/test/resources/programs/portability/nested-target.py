# Shows: the children's function is defined inside addManyPar; fork copies it with the parent, but spawn and forkserver must pickle the target by name, and a function inside another has none they can import.
# Exercise: addManyPar
# Portability: fork only
# Reason: the target `addManyNumbers` is defined inside `addManyPar`, and spawn can only start functions defined at the top level of a file
from multiprocessing import Process, Queue
from random import randint


def addManyPar():
    def addManyNumbers(numNumbers, q):
        s = 0
        for i in range(numNumbers):
            s = s + randint(1, 100)
        q.put(s)

    totalNumNumbers = 1000000
    q = Queue()
    p1 = Process(target=addManyNumbers, args=(totalNumNumbers // 2, q))
    p2 = Process(target=addManyNumbers, args=(totalNumNumbers // 2, q))
    p1.start()
    p2.start()
    answerA = q.get()
    answerB = q.get()
    print("Sum:", answerA + answerB)
    p1.join()
    p2.join()


if __name__ == "__main__":
    addManyPar()
