# Shows: procEx2 declared with a required parameter (the number of children): the grader calls procEx2() with none, so it says so and does not grade it.
# Exercise: procEx2
# Score: 0
# Says: procEx2() in entry-with-parameter.py, line 12 takes the parameter count
from multiprocessing import Process, current_process


def sayHi():
    print("Hi from process", current_process().pid)


def procEx2(count):
    print("Hi from process", current_process().pid, "(parent process)")
    for _ in range(count):
        Process(target=sayHi).start()


if __name__ == "__main__":
    procEx2(3)
