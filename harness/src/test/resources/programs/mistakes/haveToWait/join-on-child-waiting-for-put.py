# Shows: the slowpoke waits on q.get() for a go-ahead the waiter never puts, and the waiter joins it, so each waits for the other for ever: a deadlock.
# Exercise: haveToWait
# Loses: finishes-cleanly, messages, finally-after-slowpoke, finally-after-waiting
from multiprocessing import Process, Lock, Queue
import time


def slowpoke(lock, q):
    q.get()
    time.sleep(10)
    lock.acquire()
    print("Slowpoke: Ok, I'm coming")
    lock.release()


def haveToWait():
    lock = Lock()
    q = Queue()
    p1 = Process(target=slowpoke, args=(lock, q))
    p1.start()
    print("Waiter: Any day now...")

    p1.join()
    print("Waiter: Finally! Geez.")


if __name__ == "__main__":
    haveToWait()
