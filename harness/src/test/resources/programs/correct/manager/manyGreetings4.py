# Shows: manyGreetings4 with a Manager().Lock() created in the parent and shared by ten children that greet while holding it.
from multiprocessing import Manager, Process, current_process


def sayHi4(lock, name):
    lock.acquire()
    print("Hi", name, "from process", current_process().pid)
    lock.release()


def manyGreetings4():
    with Manager() as manager:
        lock1 = manager.Lock()
        print("Hi from process", current_process().pid, "(main process)")
        children = []
        for i in range(10):
            child = Process(target=sayHi4, args=(lock1, "p" + str(i)))
            child.start()
            children.append(child)
        # The manager must outlive the children: they use its lock.
        for child in children:
            child.join()


if __name__ == "__main__":
    manyGreetings4()
