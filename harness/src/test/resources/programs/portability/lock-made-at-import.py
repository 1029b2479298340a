# Shows: the Lock is made at the top level of the file and used as a global; forked children share the parent's, but each spawned child imports the file and makes a Lock of its own, so nothing keeps their greetings apart.
# Exercise: manyGreetings4
# Portability: fork only
# Reason: the Lock is made at the top level of the file, and spawn starts each child by importing the file afresh, so each child makes a Lock of its own
from multiprocessing import Lock, Process, current_process

lock1 = Lock()


def sayHi4(name):
    lock1.acquire()
    print("Hi", name, "from process", current_process().pid)
    lock1.release()


def manyGreetings4():
    print("Hi from process", current_process().pid, "(main process)")
    children = [Process(target=sayHi4, args=("p" + str(i),)) for i in range(10)]
    for child in children:
        child.start()
    for child in children:
        child.join()


if __name__ == "__main__":
    manyGreetings4()
