# Shows: starter for sendName2: the parent sends five names, one at a time, through a Queue to one child.
"""Extended communication via a queue (exercise).

Use greet (and the module's sendName) as a basis for greet2 and sendName2. Modify the code so that
greet2 expects to receive 5 names, which are sent by sendName2. Each function should accomplish
this by sending/receiving one name at a time, in a loop.
"""

from multiprocessing import *
from random import randint
import time


def greet(q):
    print("(child process) Waiting for name...")
    name = q.get()
    print("(child process) Well, hi", name)


def greet2(q):
    """TODO: for 5 times (i = 0 to 4):
        print()
        print("(child process) Waiting for name", i)
        get a name from the queue
        print("(child process) Well, hi", name)
    """
    raise NotImplementedError("greet2: in a loop, get five names from the queue and say hello to each")


def sendName2():
    """TODO:
        make a queue
        make a child process running greet2, give it the queue, start it
        for 5 times (i = 0 to 4):
            sleep for a bit: time.sleep(randint(1, 4))
            print("(main process) Ok, I'll send the name")
            put another name in the queue: "George" + str(i)
    """
    raise NotImplementedError("sendName2: start a child running greet2, then send it five names through a queue")


if __name__ == "__main__":
    sendName2()
