# Shows: all twelve programs of the module written in one file, sharing helpers where they behave the same.
"""My solutions to "Parallel Processes in Python", all in one file.

Each program is its own function: procEx, procEx2, manyGreetings, manyGreetings2, manyGreetings3,
manyGreetings4, assignDiggers, sendName, sendName2, haveToWait, addTwoPar and addManyPar.
"""

from multiprocessing import Lock, Process, Queue, current_process
from random import randint
import time


# ------------------------------------------------------------------ making processes

def sayHi():
    print("Hi from process", current_process().pid)


def procEx():
    print("Hi from process", current_process().pid, "(parent process)")
    otherProc = Process(target=sayHi, args=())
    otherProc.start()


def procEx2():
    print("Hi from process", current_process().pid, "(parent process)")
    for _ in range(3):
        Process(target=sayHi, args=()).start()


# ------------------------------------------------------------------ arguments

def sayHi2(n):
    print("Hi", n, "from process", current_process().pid)


def manyGreetings():
    print("Hi from process", current_process().pid, "(main process)")
    name = "Jimmy"
    children = [Process(target=sayHi2, args=(name,)) for _ in range(3)]
    for child in children:
        child.start()


def manyGreetings2():
    name = input("Enter your name: ")
    numProc = int(input("How many processes? "))
    for _ in range(numProc):
        p = Process(target=sayHi2, args=(name,))
        p.start()


# ------------------------------------------------------------------ order and locks

def sayHi3(personName):
    me = current_process()
    print("Hi", personName, "from process", me.name, "- pid", me.pid)


def manyGreetings3():
    print("Hi from process", current_process().pid, "(parent process)")
    personName = "Jimmy"
    for i in range(10):
        Process(target=sayHi3, args=(personName,), name=str(i)).start()


def sayHi4(lock, name):
    lock.acquire()
    try:
        print("Hi", name, "from process", current_process().pid)
    finally:
        lock.release()


def manyGreetings4():
    lock1 = Lock()
    print("Hi from process", current_process().pid, "(main process)")
    greeters = [Process(target=sayHi4, args=(lock1, "p" + str(i))) for i in range(10)]
    for p in greeters:
        p.start()
    # Joining keeps lock1 alive until every child has used it (needed under spawn).
    for p in greeters:
        p.join()


def dig(workerName, holeID, lock):
    lock.acquire()
    try:
        print("Hiddy-ho! I'm worker", workerName, "and today I have to dig hole", holeID)
    finally:
        lock.release()


def assignDiggers():
    lock = Lock()
    workerNames = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"]
    diggers = []
    for holeID, workerName in enumerate(workerNames):
        d = Process(target=dig, args=(workerName, holeID, lock))
        d.start()
        diggers.append(d)
    for d in diggers:
        d.join()


# ------------------------------------------------------------------ queues

def greet(q):
    print("(child process) Waiting for name...")
    name = q.get()
    print("(child process) Well, hi", name)


def sendName():
    q = Queue()
    p1 = Process(target=greet, args=(q,))
    p1.start()
    time.sleep(5)
    print("(parent process) Ok, I'll send the name")
    q.put("Jimmy")


def greet2(q):
    for i in range(5):
        print()
        print("(child process) Waiting for name", i)
        name = q.get()
        print("(child process) Well, hi", name)


def sendName2():
    q = Queue()
    p1 = Process(target=greet2, args=(q,))
    p1.start()
    for i in range(5):
        time.sleep(randint(1, 4))
        print("(main process) Ok, I'll send the name")
        q.put("George" + str(i))


# ------------------------------------------------------------------ coordination

def slowpoke(lock):
    time.sleep(10)
    lock.acquire()
    try:
        print("Slowpoke: Ok, I'm coming")
    finally:
        lock.release()


def haveToWait():
    lock = Lock()
    p1 = Process(target=slowpoke, args=(lock,))
    p1.start()
    print("Waiter: Any day now...")
    p1.join()
    print("Waiter: Finally! Geez.")


def addTwoNumbers(a, b, q):
    q.put(a + b)


def addTwoPar():
    x = int(input("Enter first number: "))
    y = int(input("Enter second number: "))
    q = Queue()
    p1 = Process(target=addTwoNumbers, args=(x, y, q))
    p1.start()
    result = q.get()
    print("The sum is:", result)


def addManyNumbers(numNumbers, q):
    s = 0
    for _ in range(numNumbers):
        s += randint(1, 100)
    q.put(s)


def addManyPar():
    totalNumNumbers = 1000000
    q = Queue()
    p1 = Process(target=addManyNumbers, args=(totalNumNumbers // 2, q))
    p2 = Process(target=addManyNumbers, args=(totalNumNumbers // 2, q))
    p1.start()
    p2.start()
    answerA = q.get()
    answerB = q.get()
    print("Sum:", answerA + answerB)


if __name__ == "__main__":
    procEx()
