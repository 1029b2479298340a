# Shows: procEx2 whose three children say "Hi from process <pid> (child process <k>)": each greets once with its own pid; only the suffix is extra.
# Exercise: procEx2
# Loses: greetings
# Score: max - greetings
# Says: missing: "Hi from process <pid>" (printed 0 of 3 times), closest printed: "Hi from 
from multiprocessing import Process, current_process


def sayHi(k):
    print("Hi from process", current_process().pid, "(child process " + str(k) + ")")


def procEx2():
    print("Hi from process", current_process().pid, "(parent process)")
    children = [Process(target=sayHi, args=(k,)) for k in range(1, 4)]
    for child in children:
        child.start()
    for child in children:
        child.join()


if __name__ == "__main__":
    procEx2()
