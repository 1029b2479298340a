# Shows: the parent calls time.sleep() without its argument, which raises TypeError before it sends a name, so the child waits on q.get() for ever while the parent, at exit, waits for the child: a deadlock.
# Exercise: sendName2
# Loses: finishes-cleanly
from multiprocessing import Process, Queue
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
        time.sleep()
        print("(main process) Ok, I'll send the name")
        q.put("George" + str(i))
    p1.join()


if __name__ == "__main__":
    sendName2()
