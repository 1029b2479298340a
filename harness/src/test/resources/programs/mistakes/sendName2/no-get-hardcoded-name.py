# Shows: the child builds "George" + str(i) itself instead of taking the names from the queue, so it greets all five without waiting for the parent.
# Exercise: sendName2
# Loses: names-through-queue
from multiprocessing import Process, Queue
from random import randint
import time


def greet2(q):
    for i in range(5):
        print()
        print("(child process) Waiting for name", i)
        name = "George" + str(i)
        print("(child process) Well, hi", name)


def sendName2():
    q = Queue()
    p1 = Process(target=greet2, args=(q,))
    p1.start()
    for i in range(5):
        time.sleep(randint(1, 4))
        print("(main process) Ok, I'll send the name")
        q.put("George" + str(i))


if __name__ == "__main__":
    sendName2()
