# Shows: manyGreetings2 with the forkserver start method (set_start_method): read a name and a count, start that many greeters, join them.
import multiprocessing


def sayHi2(n):
    print("Hi", n, "from process", multiprocessing.current_process().pid)


def manyGreetings2():
    multiprocessing.set_start_method("forkserver", force=True)
    name = input("Enter your name: ")
    numProc = int(input("How many processes? "))
    children = [multiprocessing.Process(target=sayHi2, args=(name,)) for _ in range(numProc)]
    for child in children:
        child.start()
    for child in children:
        child.join()


if __name__ == "__main__":
    manyGreetings2()
