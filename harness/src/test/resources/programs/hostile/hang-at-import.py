# Shows: the file sleeps at import, before procEx is ever defined; the run never gets to the exercise and is stopped at its time limit.
# Exercise: procEx
# Expect: timeout
import time
from multiprocessing import Process, current_process

time.sleep(3600)


def sayHi():
    print("Hi from process", current_process().pid)


def procEx():
    print("Hi from process", current_process().pid, "(parent process)")
    Process(target=sayHi).start()
