# Shows: range(1, numProc) starts one greeter too few: right for 0 processes, wrong from 1 on, so the grader shrinks the failing input to the name "A" and 1 process.
# Exercise: manyGreetings2
# Loses: greetings, child-count
from multiprocessing import Process, current_process


def sayHi2(n):
    print("Hi", n, "from process", current_process().pid)


def manyGreetings2():
    name = input("Enter your name: ")
    numProc = int(input("How many processes? "))
    for i in range(1, numProc):
        (Process(target=sayHi2, args=(name,))).start()


if __name__ == "__main__":
    manyGreetings2()
