# Shows: the waiter never calls p1.join(), so "Finally! Geez." is printed at once, long before the sleeping slowpoke's line.
# Exercise: haveToWait
# Loses: finally-after-slowpoke
from multiprocessing import Lock, Process
import time


def slowpoke(lock):
    time.sleep(10)
    lock.acquire()
    print("Slowpoke: Ok, I'm coming")
    lock.release()


def haveToWait():
    lock = Lock()
    p1 = Process(target=slowpoke, args=(lock,))
    p1.start()
    print("Waiter: Any day now...")
    print("Waiter: Finally! Geez.")


if __name__ == "__main__":
    haveToWait()
