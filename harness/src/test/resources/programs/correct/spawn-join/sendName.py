# Shows: sendName with the spawn start method: the parent sends Jimmy through a ctx.Queue to a waiting child, then joins it.
import multiprocessing
import time


def greet(q):
    print("(child process) Waiting for name...")
    name = q.get()
    print("(child process) Well, hi", name)


def sendName():
    ctx = multiprocessing.get_context("spawn")
    q = ctx.Queue()
    p1 = ctx.Process(target=greet, args=(q,))
    p1.start()
    time.sleep(5)
    print("(parent process) Ok, I'll send the name")
    q.put("Jimmy")
    p1.join()


if __name__ == "__main__":
    sendName()
