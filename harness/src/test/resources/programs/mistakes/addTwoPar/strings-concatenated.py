# Shows: the two inputs stay strings, so the child's a + b concatenates them and the parent prints "The sum is: 34" for 3 and 4.
# Exercise: addTwoPar
# Loses: correct-sum
from multiprocessing import Process, Queue


def addTwoNumbers(a, b, q):
    q.put(a + b)


def addTwoPar():
    x = input("Enter first number: ")
    y = input("Enter second number: ")
    q = Queue()
    p1 = Process(target=addTwoNumbers, args=(x, y, q))
    p1.start()
    result = q.get()
    print("The sum is:", result)


if __name__ == "__main__":
    addTwoPar()
