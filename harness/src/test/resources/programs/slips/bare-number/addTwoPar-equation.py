# Shows: addTwoPar whose parent prints "3 + 4 = 7", the sum taken from the queue last: the sum is right and came through the queue; only the words differ.
# Exercise: addTwoPar
# Loses: output
# Score: max - output
# Says: you printed "3 + 4 = 7" where "The sum is: <sum>" was expected
from multiprocessing import Process, Queue


def addTwoNumbers(a, b, q):
    q.put(a + b)


def addTwoPar():
    x = int(input("Enter first number: "))
    y = int(input("Enter second number: "))
    q = Queue()
    child = Process(target=addTwoNumbers, args=(x, y, q))
    child.start()
    print(x, "+", y, "=", q.get())
    child.join()


if __name__ == "__main__":
    addTwoPar()
