# Shows: the parent never reads the queue and prints its own x + y; the child's sum is put on the queue and never used.
# Exercise: addTwoPar
# Loses: through-queue
from multiprocessing import Process, Queue


def addTwoNumbers(a, b, q):
    q.put(a + b)


def addTwoPar():
    x = int(input("Enter first number: "))
    y = int(input("Enter second number: "))
    q = Queue()
    p1 = Process(target=addTwoNumbers, args=(x, y, q))
    p1.start()
    p1.join()
    print("The sum is:", x + y)


if __name__ == "__main__":
    addTwoPar()
