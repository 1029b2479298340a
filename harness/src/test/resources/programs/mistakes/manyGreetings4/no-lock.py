# Shows: the lock is passed to every child but never acquired, so the greetings are printed without it and may interleave.
# Exercise: manyGreetings4
# Loses: shared-lock
from multiprocessing import Lock, Process, current_process


def sayHi4(lock, name):
    print("Hi", name, "from process", current_process().pid)


def manyGreetings4():
    lock1 = Lock()
    print("Hi from process", current_process().pid, "(main process)")
    for i in range(10):
        Process(target=sayHi4, args=(lock1, "p" + str(i))).start()


if __name__ == "__main__":
    manyGreetings4()
