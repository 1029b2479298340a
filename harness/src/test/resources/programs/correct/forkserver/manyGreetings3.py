# Shows: manyGreetings3 with the forkserver start method (set_start_method): ten children named 0..9 greet Jimmy without a lock, then are joined.
import multiprocessing


def sayHi3(personName):
    me = multiprocessing.current_process()
    print("Hi", personName, "from process", me.name, "- pid", me.pid)


def manyGreetings3():
    multiprocessing.set_start_method("forkserver", force=True)
    print("Hi from process", multiprocessing.current_process().pid, "(parent process)")
    personName = "Jimmy"
    children = [multiprocessing.Process(target=sayHi3, args=(personName,), name=str(i)) for i in range(10)]
    for child in children:
        child.start()
    for child in children:
        child.join()


if __name__ == "__main__":
    manyGreetings3()
