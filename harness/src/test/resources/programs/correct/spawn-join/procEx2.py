# Shows: procEx2 with the spawn start method: the parent greets, starts three children that greet, and joins them all.
import multiprocessing


def sayHi():
    print("Hi from process", multiprocessing.current_process().pid)


def procEx2():
    ctx = multiprocessing.get_context("spawn")
    print("Hi from process", multiprocessing.current_process().pid, "(parent process)")
    children = [ctx.Process(target=sayHi) for _ in range(3)]
    for child in children:
        child.start()
    for child in children:
        child.join()


if __name__ == "__main__":
    procEx2()
