# Shows: a correct addTwoPar saved as queue.py, a name that shadows the standard module queue, which the program itself and multiprocessing both import.
# Exercise: addTwoPar
# Expect: full-marks
import queue
from multiprocessing import Process, Queue


def addTwoNumbers(a, b, q):
    q.put(a + b)


def addTwoPar():
    x = int(input("Enter first number: "))
    y = int(input("Enter second number: "))
    q = Queue()
    p1 = Process(target=addTwoNumbers, args=(x, y, q))
    p1.start()
    try:
        result = q.get(timeout=20)
    except queue.Empty:
        print("The child did not answer")
        return
    print("The sum is:", result)
    p1.join()


if __name__ == "__main__":
    addTwoPar()
