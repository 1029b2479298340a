# Shows: the slowpoke sleeps for ever without printing and the waiter joins it, so the parent blocks in join() for ever.
# Exercise: haveToWait
# Expect: timeout
from multiprocessing import Lock, Process
import time


def slowpoke(lock):
    while True:
        time.sleep(60)
    lock.acquire()
    print("Slowpoke: Ok, I'm coming")
    lock.release()


def haveToWait():
    lock = Lock()
    p1 = Process(target=slowpoke, args=(lock,))
    p1.start()
    print("Waiter: Any day now...")
    p1.join()
    print("Waiter: Finally! Geez.")


if __name__ == "__main__":
    haveToWait()
