# Shows: haveToWait with the slowpoke printing inside a `with lock:` block and the waiter joining it.
from multiprocessing import Lock, Process
import time


def slowpoke(lock):
    time.sleep(10)
    with lock:
        print("Slowpoke: Ok, I'm coming")


def haveToWait():
    lock = Lock()
    p1 = Process(target=slowpoke, args=(lock,))
    p1.start()
    print("Waiter: Any day now...")
    p1.join()
    print("Waiter: Finally! Geez.")


if __name__ == "__main__":
    haveToWait()
