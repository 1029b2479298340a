# Shows: two children both add the same two numbers and the parent adds both results, so it prints twice the sum (14 for 3 and 4).
# Exercise: addTwoPar
# Loses: correct-sum, through-queue, child-count
from multiprocessing import Process, Queue


def addTwoNumbers(a, b, q):
    q.put(a + b)


def addTwoPar():
    x = int(input("Enter first number: "))
    y = int(input("Enter second number: "))
    q = Queue()
    p1 = Process(target=addTwoNumbers, args=(x, y, q))
    p2 = Process(target=addTwoNumbers, args=(x, y, q))
    p1.start()
    p2.start()
    result = q.get() + q.get()
    print("The sum is:", result)


if __name__ == "__main__":
    addTwoPar()
