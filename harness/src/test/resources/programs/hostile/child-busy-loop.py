# Shows: the child greets and then spins in an endless busy loop; the parent returns, but multiprocessing joins the child at exit, so the run never ends.
# Exercise: procEx
# Expect: timeout
from multiprocessing import Process, current_process


def sayHi():
    print("Hi from process", current_process().pid)
    n = 0
    while True:
        n = n + 1


def procEx():
    print("Hi from process", current_process().pid, "(parent process)")
    otherProc = Process(target=sayHi, args=())
    otherProc.start()


if __name__ == "__main__":
    procEx()
