# Shows: manyGreetings whose children say "Hi Jimmy, I am process <pid>": only the wording is wrong.
# Exercise: manyGreetings
# Score: max - greetings
# Says: closest printed: "Hi Jimmy, [I] [am] process
from multiprocessing import Process, current_process


def sayHi2(n):
    print("Hi " + n + ", I am process " + str(current_process().pid))


def manyGreetings():
    print("Hi from process", current_process().pid, "(main process)")
    for _ in range(3):
        Process(target=sayHi2, args=("Jimmy",)).start()


if __name__ == "__main__":
    manyGreetings()
