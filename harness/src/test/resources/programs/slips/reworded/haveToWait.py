# Shows: haveToWait worded "Waiter: Any minute now...", "Slowpoke: OK, I'm on my way" and "Waiter: At last! Geez.", joined as it should be: only the wording is wrong.
# Exercise: haveToWait
# Score: max - messages
# Says: closest printed: "Slowpoke: OK, I'm [on] [my] [way]"
from multiprocessing import Lock, Process
import time


def slowpoke(lock):
    time.sleep(10)
    with lock:
        print("Slowpoke: OK, I'm on my way")


def haveToWait():
    lock = Lock()
    child = Process(target=slowpoke, args=(lock,))
    child.start()
    print("Waiter: Any minute now...")
    child.join()
    print("Waiter: At last! Geez.")


if __name__ == "__main__":
    haveToWait()
