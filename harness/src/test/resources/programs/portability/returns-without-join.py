# Shows: the module's own style: start ten children with one Lock and return at once, without join(); fork hands each child the Lock as it starts, but under spawn the parent's exit removes the Lock before the last children open it (the grader waits for them, and says so).
# Exercise: manyGreetings4
# Portability: fork only
# Reason: the parent returns without join() while its children are still starting
from multiprocessing import Lock, Process, current_process


def sayHi4(lock, name):
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
