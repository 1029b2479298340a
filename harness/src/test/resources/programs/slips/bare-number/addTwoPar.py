# Shows: addTwoPar whose parent prints only the number it took from the queue ("7"): the sum is right and came through the queue; only the words are missing.
# Exercise: addTwoPar
# Loses: output
# Score: max - output
# Says: you printed "7" where "The sum is: <sum>" was expected
from multiprocessing import Process, Queue


def addTwoNumbers(a, b, q):
    q.put(a + b)


def addTwoPar():
    x = int(input("Enter first number: "))
    y = int(input("Enter second number: "))
    q = Queue()
    child = Process(target=addTwoNumbers, args=(x, y, q))
    child.start()
    print(q.get())
    child.join()


if __name__ == "__main__":
    addTwoPar()
