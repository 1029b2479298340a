# Shows: a correct procEx2 that calls procEx2() both bare at the bottom of the file and under an if __name__ == "__main__" guard; graded, the entry runs once.
# Exercise: procEx2
# Expect: full-marks
from multiprocessing import Process, current_process


def sayHi():
    print("Hi from process", current_process().pid)


def procEx2():
    print("Hi from process", current_process().pid, "(parent process)")
    p1 = Process(target=sayHi, args=())
    p2 = Process(target=sayHi, args=())
    p3 = Process(target=sayHi, args=())
    p1.start()
    p2.start()
    p3.start()


#execute
procEx2()

if __name__ == "__main__":
    procEx2()
