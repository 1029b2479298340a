# Shows: a correct procEx whose child is spawned (a fresh interpreter whose sys.path begins with the working folder), submitted beside sitecustomize.py and usercustomize.py that would, if Python ran them at the start of the parent or of the spawned child, print CUSTOMIZE RAN and empty the grader's record; none of them may run, and the program gets full marks.
# Exercise: procEx
# Expect: full-marks
# Flagged: no
# AtMost: 10
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
