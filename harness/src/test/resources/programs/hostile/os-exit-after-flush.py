# Shows: a correct procEx2 whose children print, flush sys.stdout and end with os._exit(0), skipping multiprocessing's normal exit; the lines were already written.
# Exercise: procEx2
# Expect: full-marks
import os
import sys
from multiprocessing import Process, current_process


def sayHi():
    print("Hi from process", current_process().pid)
    sys.stdout.flush()
    os._exit(0)


def procEx2():
    print("Hi from process", current_process().pid, "(parent process)")
    p1 = Process(target=sayHi, args=())
    p2 = Process(target=sayHi, args=())
    p3 = Process(target=sayHi, args=())
    p1.start()
    p2.start()
    p3.start()
    p1.join()
    p2.join()
    p3.join()


if __name__ == "__main__":
    procEx2()
