# Shows: procEx with the spawn start method: the parent greets, starts one child that greets, and joins it.
import multiprocessing


def sayHi():
    print("Hi from process", multiprocessing.current_process().pid)


def procEx():
    ctx = multiprocessing.get_context("spawn")
    print("Hi from process", multiprocessing.current_process().pid, "(parent process)")
    child = ctx.Process(target=sayHi)
    child.start()
    child.join()


if __name__ == "__main__":
    procEx()
