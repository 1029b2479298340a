# Shows: manyGreetings2 whose children say "Hello <name>, from process <pid>" and whose prompts are its own: only the wording is wrong.
# Exercise: manyGreetings2
# Score: max - greetings
# Says: closest printed: "[Hello]
from multiprocessing import Process, current_process


def sayHi2(n):
    print("Hello " + n + ", from process " + str(current_process().pid))


def manyGreetings2():
    name = input("Your name? ")
    count = int(input("Number of processes: "))
    children = [Process(target=sayHi2, args=(name,)) for _ in range(count)]
    for child in children:
        child.start()
    for child in children:
        child.join()


if __name__ == "__main__":
    manyGreetings2()
