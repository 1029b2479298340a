# Shows: procEx2 whose parent says "Hello" and whose children add "(child)" after their greeting: only the wording is wrong.
# Exercise: procEx2
# Score: max - greetings
# Says: closest printed: "[Hello] from process | closest printed: "Hi from process | ([child])" | and 2 more lines like it
from multiprocessing import Process, current_process


def sayHi():
    print(f"Hi from process {current_process().pid} (child)")


def procEx2():
    print(f"Hello from process {current_process().pid} (parent process)")
    children = [Process(target=sayHi) for _ in range(3)]
    for child in children:
        child.start()
    for child in children:
        child.join()


if __name__ == "__main__":
    procEx2()
