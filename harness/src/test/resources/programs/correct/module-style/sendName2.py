# Shows: in the module's own style (no __main__ guard, a bare sendName2() call at the bottom): a parent sends five names, one at a time after a random pause, through a Queue to one child that greets each.
"""Extended communication via a queue (solution to the module's queue exercise)."""

from multiprocessing import *
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

    for i in range(5):
        time.sleep(randint(1, 4))
        print("(main process) Ok, I'll send the name")
        q.put("George" + str(i))


#execute
sendName2()
