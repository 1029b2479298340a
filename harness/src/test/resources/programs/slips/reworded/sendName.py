# Shows: sendName worded "(child process) Waiting for a name...", "(parent process) OK, sending the name" and "(child process) Well hello Jimmy": only the wording is wrong.
# Exercise: sendName
# Score: max - messages
# Says: closest printed: "(child process) Well [hello] Jimmy"
from multiprocessing import Process, Queue
import time


def greet(q):
    print("(child process) Waiting for a name...")
    name = q.get()
    print("(child process) Well hello", name)


def sendName():
    q = Queue()
    child = Process(target=greet, args=(q,))
    child.start()
    time.sleep(5)
    print("(parent process) OK, sending the name")
    q.put("Jimmy")
    child.join()


if __name__ == "__main__":
    sendName()
