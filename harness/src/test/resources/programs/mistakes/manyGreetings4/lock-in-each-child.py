# Shows: each child makes its own Lock ("every boy bringing his own conch"), so no two children exclude each other.
# Exercise: manyGreetings4
# Loses: shared-lock
from multiprocessing import Lock, Process, current_process


def sayHi4(lock, name):
    lock = Lock()
    lock.acquire()
    print("Hi", name, "from process", current_process().pid)
    lock.release()


def manyGreetings4():
    lock1 = Lock()
    print("Hi from process", current_process().pid, "(main process)")
    for i in range(10):
        Process(target=sayHi4, args=(lock1, "p" + str(i))).start()


if __name__ == "__main__":
    manyGreetings4()
