# Shows: manyGreetings3 with the spawn start method: ten children named 0..9 greet Jimmy without a lock, then are joined.
import multiprocessing


def sayHi3(personName):
    me = multiprocessing.current_process()
    print("Hi", personName, "from process", me.name, "- pid", me.pid)


def manyGreetings3():
    ctx = multiprocessing.get_context("spawn")
    print("Hi from process", multiprocessing.current_process().pid, "(parent process)")
    personName = "Jimmy"
    children = [ctx.Process(target=sayHi3, args=(personName,), name=str(i)) for i in range(10)]
    for child in children:
        child.start()
    for child in children:
        child.join()


if __name__ == "__main__":
    manyGreetings3()
