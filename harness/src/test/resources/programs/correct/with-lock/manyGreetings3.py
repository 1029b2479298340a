# Shows: manyGreetings3 written with f-strings: ten children named 0..9 greet Jimmy, without a lock.
import os
from multiprocessing import Process, current_process


def sayHi3(personName):
    print(f"Hi {personName} from process {current_process().name} - pid {os.getpid()}")


def manyGreetings3():
    print(f"Hi from process {os.getpid()} (parent process)")
    personName = "Jimmy"
    for i in range(10):
        Process(target=sayHi3, args=(personName,), name=str(i)).start()


if __name__ == "__main__":
    manyGreetings3()
