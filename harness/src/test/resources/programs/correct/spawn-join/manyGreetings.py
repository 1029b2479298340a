# Shows: manyGreetings with the spawn start method: three children greet Jimmy, the name passed in args, and are joined.
import multiprocessing


def sayHi2(n):
    print("Hi", n, "from process", multiprocessing.current_process().pid)


def manyGreetings():
    ctx = multiprocessing.get_context("spawn")
    print("Hi from process", multiprocessing.current_process().pid, "(main process)")
    name = "Jimmy"
    children = [ctx.Process(target=sayHi2, args=(name,)) for _ in range(3)]
    for child in children:
        child.start()
    for child in children:
        child.join()


if __name__ == "__main__":
    manyGreetings()
