# Shows: procEx with the child's greeting worded "Hello from process <pid>": only the wording is wrong.
# Exercise: procEx
# Score: max - greetings
# Says: closest printed: "[Hello] from process
from multiprocessing import Process, current_process


def sayHi():
    print("Hello from process", current_process().pid)


def procEx():
    print("Hi from process", current_process().pid, "(parent process)")
    child = Process(target=sayHi)
    child.start()
    child.join()


if __name__ == "__main__":
    procEx()
