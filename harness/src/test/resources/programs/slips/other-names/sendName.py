# Shows: sendName that sends "Ciaran" instead of "Jimmy": the child greets the name it took from the queue, after the parent's line; only the name differs.
# Exercise: sendName
# Loses: messages
# Score: max - messages
# Says: closest printed: "(child process) Well, hi [Ciaran]"
from multiprocessing import Process, Queue
import time


def greet(q):
    print("(child process) Waiting for name...")
    name = q.get()
    print("(child process) Well, hi", name)


def sendName():
    q = Queue()
    p1 = Process(target=greet, args=(q,))
    p1.start()
    time.sleep(5)
    print("(parent process) Ok, I'll send the name")
    q.put("Ciaran")
    p1.join()


if __name__ == "__main__":
    sendName()
