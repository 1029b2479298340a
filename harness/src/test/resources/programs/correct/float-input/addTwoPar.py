# Shows: addTwoPar reading both numbers with float(): a child adds them and the parent prints the sum from the Queue (e.g. "The sum is: 7.0").
from multiprocessing import Process, Queue


def addTwoNumbers(a, b, q):
    q.put(a + b)


def addTwoPar():
    x = float(input("Enter first number: "))
    y = float(input("Enter second number: "))
    q = Queue()
    p1 = Process(target=addTwoNumbers, args=(x, y, q))
    p1.start()
    result = q.get()
    p1.join()
    print("The sum is:", result)


if __name__ == "__main__":
    addTwoPar()
