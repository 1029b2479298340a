# Shows: the parent sends the names with names.pop(), which takes them from the end, so the child greets George4 first (before it waits for name 4) and George0 last.
# Exercise: sendName2
# Loses: hello-after-waiting, names-in-order
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
    names = ["George0", "George1", "George2", "George3", "George4"]
    q = Queue()
    p1 = Process(target=greet2, args=(q,))
    p1.start()
    while names:
        time.sleep(randint(1, 4))
        print("(main process) Ok, I'll send the name")
        q.put(names.pop())


if __name__ == "__main__":
    sendName2()
