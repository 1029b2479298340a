# Shows: the ten children are run with run() instead of start(), so the parent prints every greeting with its own pid.
# Exercise: manyGreetings4
# Loses: greetings, real-children, child-count
from multiprocessing import Lock, Process, current_process


def sayHi4(lock, name):
    lock.acquire()
    print("Hi", name, "from process", current_process().pid)
    lock.release()


def manyGreetings4():
    lock1 = Lock()
    print("Hi from process", current_process().pid, "(main process)")
    for i in range(10):
        Process(target=sayHi4, args=(lock1, "p" + str(i))).run()


if __name__ == "__main__":
    manyGreetings4()
