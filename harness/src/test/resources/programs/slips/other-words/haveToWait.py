# Shows: haveToWait worded its own way throughout ("Parent process: waiting...", "Child process: Ok, I'm coming", "Parent process: finally ez."), joined as it should be: each process prints its lines in the right order, only the words differ.
# Exercise: haveToWait
# Loses: messages
# Score: max - messages
# Says: you printed "Parent process: finally ez." where "Waiter: Finally! Geez." was expected | you printed "Parent process: waiting..." where "Waiter: Any day now..." was expected
from multiprocessing import Lock, Process
import time


def slowpoke(lock):
    time.sleep(10)
    lock.acquire()
    print("Child process: Ok, I'm coming")
    lock.release()


def haveToWait():
    lock = Lock()
    p1 = Process(target=slowpoke, args=(lock,))
    p1.start()
    print("Parent process: waiting...")
    p1.join()
    print("Parent process: finally ez.")


if __name__ == "__main__":
    haveToWait()
