# Shows: sendName2 that sends "Jimmy 0" ... "Jimmy 4" instead of George0..George4: every round still goes through the queue in order; only the names differ, and names-in-order pins George0..George4.
# Exercise: sendName2
# Loses: messages, names-in-order
# Score: max - messages, names-in-order
# Says: you printed "(child process) Well, hi Jimmy 0" where "(child process) Well, hi George0" was expected
from multiprocessing import Process, Queue
from random import randint
import time


def greet2(q):
    for i in range(5):
        print("(child process) Waiting for name", i)
        name = q.get()
        print("(child process) Well, hi", name)


def sendName2():
    q = Queue()
    p1 = Process(target=greet2, args=(q,))
    p1.start()
    for i in range(5):
        time.sleep(randint(1, 4))
        print("(main process) Ok, I'll send the name")
        q.put("Jimmy " + str(i))
    p1.join()


if __name__ == "__main__":
    sendName2()
