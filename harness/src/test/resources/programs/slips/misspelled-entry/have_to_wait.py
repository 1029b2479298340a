# Shows: haveToWait written in snake case as have_to_wait: named with its file and line, not graded.
# Exercise: haveToWait
# Score: 0
# Says: found have_to_wait in have_to_wait.py, line 15: did you mean haveToWait?
from multiprocessing import Lock, Process
import time


def slowpoke(lock):
    time.sleep(10)
    with lock:
        print("Slowpoke: Ok, I'm coming")


def have_to_wait():
    lock = Lock()
    p1 = Process(target=slowpoke, args=(lock,))
    p1.start()
    print("Waiter: Any day now...")
    p1.join()
    print("Waiter: Finally! Geez.")


if __name__ == "__main__":
    have_to_wait()
