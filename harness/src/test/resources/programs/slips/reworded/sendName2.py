# Shows: sendName2 worded "(child) waiting for name <i>", "(main process) OK, sending the name" and "(child) Well, hello George<i>": only the wording is wrong.
# Exercise: sendName2
# Score: max - messages
# Says: closest printed: "(child) Well, [hello] George0"
from multiprocessing import Process, Queue
from random import randint
import time


def greet2(q):
    for i in range(5):
        print("(child) waiting for name", i)
        name = q.get()
        print("(child) Well, hello", name)


def sendName2():
    q = Queue()
    child = Process(target=greet2, args=(q,))
    child.start()
    for i in range(5):
        time.sleep(randint(1, 4))
        print("(main process) OK, sending the name")
        q.put("George" + str(i))
    child.join()


if __name__ == "__main__":
    sendName2()
