# Shows: sendName with a Manager().Queue(): the parent sends Jimmy through the managed queue to a waiting child.
from multiprocessing import Manager, Process
import time


def greet(q):
    print("(child process) Waiting for name...")
    name = q.get()
    print("(child process) Well, hi", name)


def sendName():
    with Manager() as manager:
        q = manager.Queue()
        p1 = Process(target=greet, args=(q,))
        p1.start()
        time.sleep(5)
        print("(parent process) Ok, I'll send the name")
        q.put("Jimmy")
        p1.join()


if __name__ == "__main__":
    sendName()
