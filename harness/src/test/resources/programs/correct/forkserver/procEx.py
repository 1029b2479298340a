# Shows: procEx with the forkserver start method (set_start_method): the parent greets, starts one child that greets, and joins it.
import multiprocessing


def sayHi():
    print("Hi from process", multiprocessing.current_process().pid)


def procEx():
    multiprocessing.set_start_method("forkserver", force=True)
    print("Hi from process", multiprocessing.current_process().pid, "(parent process)")
    child = multiprocessing.Process(target=sayHi)
    child.start()
    child.join()


if __name__ == "__main__":
    procEx()
