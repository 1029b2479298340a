# Shows: after the greetings, the parent calls input() once more to keep the window open, but stdin holds only two lines, so it dies with EOFError.
# Exercise: manyGreetings2
# Expect: loses finishes-cleanly
from multiprocessing import Process, current_process


def sayHi2(n):
    print("Hi", n, "from process", current_process().pid)


def manyGreetings2():
    name = input("Enter your name: ")
    numProc = int(input("How many processes? "))
    procs = []
    for i in range(numProc):
        p = Process(target=sayHi2, args=(name,))
        p.start()
        procs.append(p)
    for p in procs:
        p.join()
    input()  # wait for Enter before the window closes


if __name__ == "__main__":
    manyGreetings2()
