# Shows: manyGreetings4 whose children say "Hello p<i> from process <pid>" under the one shared lock: only the wording is wrong.
# Exercise: manyGreetings4
# Score: max - greetings
# Says: closest printed: "[Hello] p
from multiprocessing import Lock, Process, current_process


def sayHi4(lock, name):
    with lock:
        print("Hello", name, "from process", current_process().pid)


def manyGreetings4():
    lock = Lock()
    print("Hi from process", current_process().pid, "(main process)")
    for i in range(10):
        Process(target=sayHi4, args=(lock, "p" + str(i))).start()


if __name__ == "__main__":
    manyGreetings4()
