# Shows: the parent makes a new Lock for each child inside the loop, so every child holds a different lock while printing.
# Exercise: manyGreetings4
# Loses: shared-lock
from multiprocessing import Lock, Process, current_process


def sayHi4(lock, name):
    lock.acquire()
    print("Hi", name, "from process", current_process().pid)
    lock.release()


def manyGreetings4():
    print("Hi from process", current_process().pid, "(main process)")
    for i in range(10):
        lock1 = Lock()
        Process(target=sayHi4, args=(lock1, "p" + str(i))).start()


if __name__ == "__main__":
    manyGreetings4()
