# Shows: the parent adds its own "Hi from process <pid> (main process)" line, which this exercise does not ask for: an unexpected line.
# Exercise: manyGreetings2
# Loses: greetings
from multiprocessing import Process, current_process


def sayHi2(n):
    print("Hi", n, "from process", current_process().pid)


def manyGreetings2():
    name = input("Enter your name: ")
    numProc = int(input("How many processes? "))
    print("Hi from process", current_process().pid, "(main process)")
    for i in range(numProc):
        p = Process(target=sayHi2, args=(name,))
        p.start()


if __name__ == "__main__":
    manyGreetings2()
