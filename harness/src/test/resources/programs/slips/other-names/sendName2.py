# Shows: sendName2 that sends five names of its own (Ciaran, Sam, ...) instead of George0..George4, and whose child says "Waiting for name..." without the round: every round still goes through the queue in order; only the names and words differ, and names-in-order pins George0..George4.
# Exercise: sendName2
# Loses: messages, names-in-order
# Score: max - messages, names-in-order
# Says: you printed "(child process) Well, hi Ciaran" where "(child process) Well, hi George0" was expected
from multiprocessing import Process, Queue
from random import randint
import time


def greet2(q):
    for i in range(5):
        print("(child process) Waiting for name...")
        name = q.get()
        print("(child process) Well, hi", name)


def sendName2():
    names = ["Ciaran", "Sam", "Alex", "Robin", "Kim"]
    q = Queue()
    p1 = Process(target=greet2, args=(q,))
    p1.start()
    for name in names:
        time.sleep(randint(1, 4))
        print("(main process) Ok, I'll send the name")
        q.put(name)
    p1.join()


if __name__ == "__main__":
    sendName2()
