# Shows: the child is run with p1.run() instead of start(): the parent itself waits on the empty queue before it ever sends the name, and the run hangs.
# Exercise: sendName
# Loses: finishes-cleanly
from multiprocessing import Process, Queue
import time


def greet(q):
    print("(child process) Waiting for name...")
    name = q.get()
    print("(child process) Well, hi", name)


def sendName():
    q = Queue()
    p1 = Process(target=greet, args=(q,))
    p1.run()
    time.sleep(5)  # wait for 5 seconds
    print("(parent process) Ok, I'll send the name")
    q.put("Jimmy")


if __name__ == "__main__":
    sendName()
