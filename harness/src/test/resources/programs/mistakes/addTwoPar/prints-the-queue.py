# Shows: the parent prints the Queue object instead of a value taken from it, so the line shows "<multiprocessing.queues.Queue object at 0x...>" and no number.
# Exercise: addTwoPar
# Loses: output, correct-sum, through-queue
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
    print("The sum is:", q)


if __name__ == "__main__":
    addTwoPar()
