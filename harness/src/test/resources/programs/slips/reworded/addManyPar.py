# Shows: addManyPar that prints "Total sum: <n>", merged from the two children's partial sums: only the wording is wrong.
# Exercise: addManyPar
# Score: max - output
# Says: closest printed: "[Total] sum: 
from multiprocessing import Process, Queue
from random import randint


def addManyNumbers(numNumbers, q):
    s = 0
    for i in range(numNumbers):
        s = s + randint(1, 100)
    q.put(s)


def addManyPar():
    total = 1000000
    q = Queue()
    children = [Process(target=addManyNumbers, args=(total // 2, q)) for _ in range(2)]
    for child in children:
        child.start()
    answer = q.get() + q.get()
    for child in children:
        child.join()
    print("Total sum:", answer)


if __name__ == "__main__":
    addManyPar()
