# Shows: under the spawn start method the parent returns without join(), its last reference to the Lock goes, and the children die unpickling it (FileNotFoundError in SemLock._rebuild).
# Exercise: manyGreetings4
# Loses: finishes-cleanly, greetings, shared-lock
import multiprocessing
from multiprocessing import current_process


def sayHi4(lock, name):
    lock.acquire()
    print("Hi", name, "from process", current_process().pid)
    lock.release()


def manyGreetings4():
    context = multiprocessing.get_context("spawn")
    lock1 = context.Lock()
    print("Hi from process", current_process().pid, "(main process)")
    for i in range(10):
        context.Process(target=sayHi4, args=(lock1, "p" + str(i))).start()


if __name__ == "__main__":
    manyGreetings4()
