# Shows: addTwoPar that prints "the sum = <sum>", computed by a child and sent through a queue: only the wording is wrong.
# Exercise: addTwoPar
# Score: max - output
# Says: closest printed: "the sum = | expected "The sum [is]: <sum>"
from multiprocessing import Process, Queue


def addTwoNumbers(a, b, q):
    q.put(a + b)


def addTwoPar():
    x = int(input("First number: "))
    y = int(input("Second number: "))
    q = Queue()
    child = Process(target=addTwoNumbers, args=(x, y, q))
    child.start()
    print("the sum =", q.get())
    child.join()


if __name__ == "__main__":
    addTwoPar()
