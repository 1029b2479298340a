# Shows: the three greeters are threading.Thread objects, not processes, so every greeting comes from the parent process with the parent's pid.
# Exercise: procEx2
# Loses: greetings, real-children, child-count
import os
import threading


def sayHi():
    print("Hi from process", os.getpid())


def procEx2():
    print("Hi from process", os.getpid(), "(parent process)")
    for i in range(3):
        t = threading.Thread(target=sayHi)
        t.start()
        t.join()


if __name__ == "__main__":
    procEx2()
