# Shows: the parent's loop sends only four names (range(4)) while the child waits for five, so the child blocks on q.get() for ever and the run hangs.
# Exercise: sendName2
# Loses: finishes-cleanly
from multiprocessing import Process, Queue
from random import randint
import time


def greet2(q):
    for i in range(5):
        print()
        print("(child process) Waiting for name", i)
        name = q.get()
        print("(child process) Well, hi", name)


def sendName2():
    q = Queue()
    p1 = Process(target=greet2, args=(q,))
    p1.start()
    for i in range(4):
        time.sleep(randint(1, 4))
        print("(main process) Ok, I'll send the name")
        q.put("George" + str(i))


if __name__ == "__main__":
    sendName2()
