# Shows: the child kills itself with SIGKILL before printing, so it dies with no traceback and no greeting (exit code -9).
# Exercise: procEx
# Expect: loses greetings
import os
import signal
from multiprocessing import Process, current_process


def sayHi():
    os.kill(os.getpid(), signal.SIGKILL)
    print("Hi from process", current_process().pid)


def procEx():
    print("Hi from process", current_process().pid, "(parent process)")
    otherProc = Process(target=sayHi, args=())
    otherProc.start()
    otherProc.join()


if __name__ == "__main__":
    procEx()
