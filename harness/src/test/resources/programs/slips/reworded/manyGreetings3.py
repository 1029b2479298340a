# Shows: manyGreetings3 whose children say "Greetings Jimmy from process <i> (pid <pid>)": only the wording is wrong.
# Exercise: manyGreetings3
# Score: max - greetings
# Says: closest printed: "[Greetings] Jimmy from process
from multiprocessing import Process, current_process


def sayHi3(personName):
    print("Greetings", personName, "from process", current_process().name, "(pid", str(current_process().pid) + ")")


def manyGreetings3():
    print("Hi from process", current_process().pid, "(parent process)")
    for i in range(10):
        Process(target=sayHi3, args=("Jimmy",), name=str(i)).start()


if __name__ == "__main__":
    manyGreetings3()
