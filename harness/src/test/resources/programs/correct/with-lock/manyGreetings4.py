# Shows: manyGreetings4 with the shared Lock held by a `with lock:` block around each child's whole greeting.
from multiprocessing import Lock, Process, current_process


def sayHi4(lock, name):
    with lock:
        print("Hi", name, "from process", current_process().pid)


def manyGreetings4():
    lock1 = Lock()
    print("Hi from process", current_process().pid, "(main process)")
    children = []
    for i in range(10):
        child = Process(target=sayHi4, args=(lock1, "p" + str(i)))
        child.start()
        children.append(child)
    for child in children:
        child.join()


if __name__ == "__main__":
    manyGreetings4()
