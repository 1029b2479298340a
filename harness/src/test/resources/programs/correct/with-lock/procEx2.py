# Shows: procEx2 written with f-strings and os.getpid(): the parent greets, then three children greet.
import os
from multiprocessing import Process


def sayHi():
    print(f"Hi from process {os.getpid()}")


def procEx2():
    print(f"Hi from process {os.getpid()} (parent process)")
    p1 = Process(target=sayHi)
    p2 = Process(target=sayHi)
    p3 = Process(target=sayHi)
    p1.start()
    p2.start()
    p3.start()


if __name__ == "__main__":
    procEx2()
