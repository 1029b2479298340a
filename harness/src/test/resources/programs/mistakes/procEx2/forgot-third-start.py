# Shows: p3 is created but never started, so only two children greet.
# Exercise: procEx2
# Loses: greetings, child-count
from multiprocessing import *


def sayHi():
    print("Hi from process", current_process().pid)


def procEx2():
    print("Hi from process", current_process().pid, "(parent process)")
    p1 = Process(target=sayHi, args=())
    p2 = Process(target=sayHi, args=())
    p3 = Process(target=sayHi, args=())
    p1.start()
    p2.start()


procEx2()
