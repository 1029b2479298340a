# Shows: manyGreetings3 whose children say "<i>: greetings to Jimmy, my pid is <pid>": each child's line names its own process name, so it stands for that child's greeting; only the words differ.
# Exercise: manyGreetings3
# Loses: greetings
# Score: max - greetings
# Says: you printed "0: greetings to Jimmy, my pid is
from multiprocessing import Process, current_process


def sayHi3(personName):
    me = current_process()
    print(me.name + ":", "greetings to", personName + ", my pid is", me.pid)


def manyGreetings3():
    print("Hi from process", current_process().pid, "(parent process)")
    for i in range(10):
        Process(target=sayHi3, args=("Jimmy",), name=str(i)).start()


if __name__ == "__main__":
    manyGreetings3()
