# Shows: manyGreetings4 with the forkserver start method (set_start_method): one Lock shared by ten children that greet under it, all joined.
import multiprocessing


def sayHi4(lock, name):
    lock.acquire()
    print("Hi", name, "from process", multiprocessing.current_process().pid)
    lock.release()


def manyGreetings4():
    multiprocessing.set_start_method("forkserver", force=True)
    lock1 = multiprocessing.Lock()
    print("Hi from process", multiprocessing.current_process().pid, "(main process)")
    children = [multiprocessing.Process(target=sayHi4, args=(lock1, "p" + str(i))) for i in range(10)]
    for child in children:
        child.start()
    for child in children:
        child.join()


if __name__ == "__main__":
    manyGreetings4()
