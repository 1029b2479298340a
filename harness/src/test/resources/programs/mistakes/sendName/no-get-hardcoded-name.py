# Shows: the child prints "Well, hi Jimmy" from a hard-coded name without taking anything from the queue, so it greets without waiting for the parent.
# Exercise: sendName
# Loses: name-through-queue
from multiprocessing import Process, Queue
import time


def greet(q):
    print("(child process) Waiting for name...")
    name = "Jimmy"
    print("(child process) Well, hi", name)


def sendName():
    q = Queue()
    p1 = Process(target=greet, args=(q,))
    p1.start()
    time.sleep(5)  # wait for 5 seconds
    print("(parent process) Ok, I'll send the name")
    q.put("Jimmy")


if __name__ == "__main__":
    sendName()
