# Shows: the parent of sendName2 adds a number to a string before it sends the first name: it dies with a TypeError and the child waits for a name for ever; the TypeError is said once, under "Fix this first", and every failed check refers to it in one line.
# Exercise: sendName2
# Loses: finishes-cleanly, messages, hello-after-ok, hello-after-waiting, names-in-order, names-through-queue
# Score: 1
# Says: Fix this first: the parent (pid | raised TypeError: can only concatenate str (not "int") to str, at sendName2-parent-crashes.py, line 26, in sendName2.
# Leads: Cause: the TypeError under "Fix this first".
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
        q.put("George" + i)


if __name__ == "__main__":
    sendName2()
