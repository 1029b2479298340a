# Shows: manyGreetings whose children print their pid first, "<pid> says: Hi Jimmy (3 of us)": each greets once with its own pid; only the words around it differ.
# Exercise: manyGreetings
# Loses: greetings
# Score: max - greetings
# Says: says: Hi Jimmy (3 of us)" and 2 more lines like it where "Hi Jimmy from process <pid>" was expected
from multiprocessing import Process, current_process


def sayHi2(n):
    print(current_process().pid, "says: Hi", n, "(3 of us)")


def manyGreetings():
    print("Hi from process", current_process().pid, "(parent process)")
    for i in range(3):
        Process(target=sayHi2, args=("Jimmy",)).start()


if __name__ == "__main__":
    manyGreetings()
