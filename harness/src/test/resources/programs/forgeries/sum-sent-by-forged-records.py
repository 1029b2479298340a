# Shows: addTwoPar whose parent adds the numbers itself, while the child writes a forged put record and the parent a forged get, as if the sum had gone through the queue.
# Exercise: addTwoPar
# Expect: loses through-queue
# Flagged: yes
# AtMost: mistakes/addTwoPar/parent-computes-sum.py
import sys
from multiprocessing import Process, Queue


def emit(kind, queue, value):
    trace = sys.modules["parproc_probe.trace"]
    trace.emit(kind, queue=queue._parproc.ident, **trace.describe_value(value))


def addTwoNumbers(a, b, q):
    emit("put", q, a + b)


def addTwoPar():
    x = int(input("Enter first number: "))
    y = int(input("Enter second number: "))
    q = Queue()
    p = Process(target=addTwoNumbers, args=(x, y, q))
    p.start()
    p.join()
    emit("get", q, x + y)
    print("The sum is:", x + y)
