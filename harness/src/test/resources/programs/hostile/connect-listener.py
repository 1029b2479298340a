# Shows: a procEx that tries to reach the network: when its folder holds port.txt (a test puts it there), the child connects to that port on 127.0.0.1 and says so; without a network namespace it could talk to anything the grader can, with one the connection fails; its parent never greets, so it loses its greetings.
# Exercise: procEx
# Expect: loses greetings
import os
import socket
from multiprocessing import Process, current_process


def sayHi():
    print("Hi from process", current_process().pid)
    if os.path.exists("port.txt"):
        with open("port.txt") as port:
            number = int(port.read())
        try:
            socket.create_connection(("127.0.0.1", number), timeout=2).sendall(b"leaked\n")
            print("CONNECTED to", number)
        except OSError:
            pass


def procEx():
    child = Process(target=sayHi)
    child.start()
    child.join()


if __name__ == "__main__":
    procEx()
