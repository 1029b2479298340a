# Shows: sendName with the forkserver start method (set_start_method): the parent sends Jimmy through a Queue to a waiting child, then joins it.
import multiprocessing
import time


def greet(q):
    print("(child process) Waiting for name...")
    name = q.get()
    print("(child process) Well, hi", name)


def sendName():
    multiprocessing.set_start_method("forkserver", force=True)
    q = multiprocessing.Queue()
    p1 = multiprocessing.Process(target=greet, args=(q,))
    p1.start()
    time.sleep(5)
    print("(parent process) Ok, I'll send the name")
    q.put("Jimmy")
    p1.join()


if __name__ == "__main__":
    sendName()
