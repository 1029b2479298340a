# Shows: a correct manyGreetings4 that switches to the spawn start method inside the entry function and joins its children, so every child re-imports the module.
# Exercise: manyGreetings4
# Expect: full-marks
import multiprocessing


def sayHi4(lock, name):
    with lock:
        print("Hi", name, "from process", multiprocessing.current_process().pid)


def manyGreetings4():
    multiprocessing.set_start_method("spawn")
    lock1 = multiprocessing.Lock()
    print("Hi from process", multiprocessing.current_process().pid, "(main process)")
    children = []
    for i in range(10):
        p = multiprocessing.Process(target=sayHi4, args=(lock1, "p" + str(i)))
        p.start()
        children.append(p)
    for p in children:
        p.join()


if __name__ == "__main__":
    manyGreetings4()
