# Shows: sendName2 with the forkserver start method (set_start_method): five names go one at a time through a Queue to one child, joined at the end.
import multiprocessing
import time
from random import randint


def greet2(q):
    for i in range(5):
        print()
        print("(child process) Waiting for name", i)
        name = q.get()
        print("(child process) Well, hi", name)


def sendName2():
    multiprocessing.set_start_method("forkserver", force=True)
    q = multiprocessing.Queue()
    p1 = multiprocessing.Process(target=greet2, args=(q,))
    p1.start()
    for i in range(5):
        time.sleep(randint(1, 4))
        print("(main process) Ok, I'll send the name")
        q.put("George" + str(i))
    p1.join()


if __name__ == "__main__":
    sendName2()
