# Shows: addTwoPar with a Manager().Queue(): a child puts the sum of the two numbers on the managed queue and the parent prints it.
from multiprocessing import Manager, Process


def addTwoNumbers(a, b, q):
    q.put(a + b)


def addTwoPar():
    x = int(input("Enter first number: "))
    y = int(input("Enter second number: "))
    with Manager() as manager:
        q = manager.Queue()
        p1 = Process(target=addTwoNumbers, args=(x, y, q))
        p1.start()
        result = q.get()
        p1.join()
    print("The sum is:", result)


if __name__ == "__main__":
    addTwoPar()
