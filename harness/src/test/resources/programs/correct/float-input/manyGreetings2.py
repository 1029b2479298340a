# Shows: manyGreetings2 keeping a list of Process objects: read a name and a count, start every greeter, then join them all.
from multiprocessing import Process, current_process


def sayHi2(n):
    print("Hi", n, "from process", current_process().pid)


def manyGreetings2():
    name = input("Enter your name: ")
    numProc = int(input("How many processes? "))
    processes = []
    for i in range(numProc):
        processes.append(Process(target=sayHi2, args=(name,)))
    for p in processes:
        p.start()
    for p in processes:
        p.join()


if __name__ == "__main__":
    manyGreetings2()
