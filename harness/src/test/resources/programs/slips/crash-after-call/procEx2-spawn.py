# Shows: procEx2 with spawned children, in the module's style: the line after the bare procEx2() raises NameError in the parent alone; the spawned children import the file but never run what follows the call.
# Exercise: procEx2
# Loses: finishes-cleanly
# Score: max - finishes-cleanly
# Says: the parent (pid | raised NameError: name 'done' is not defined | line 24
import multiprocessing


def sayHi():
    print("Hi from process", multiprocessing.current_process().pid)


def procEx2():
    context = multiprocessing.get_context("spawn")
    print("Hi from process", multiprocessing.current_process().pid, "(parent process)")
    children = [context.Process(target=sayHi) for _ in range(3)]
    for child in children:
        child.start()
    for child in children:
        child.join()


procEx2()
print("All", done)
