# Shows: manyGreetings4 with the spawn start method: one ctx.Lock shared by ten children that greet under it, all joined.
import multiprocessing


def sayHi4(lock, name):
    lock.acquire()
    print("Hi", name, "from process", multiprocessing.current_process().pid)
    lock.release()


def manyGreetings4():
    ctx = multiprocessing.get_context("spawn")
    lock1 = ctx.Lock()
    print("Hi from process", multiprocessing.current_process().pid, "(main process)")
    children = [ctx.Process(target=sayHi4, args=(lock1, "p" + str(i))) for i in range(10)]
    for child in children:
        child.start()
    for child in children:
        child.join()


if __name__ == "__main__":
    manyGreetings4()
