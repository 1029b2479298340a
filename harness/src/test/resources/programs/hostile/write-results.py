# Shows: a procEx that tries to write its own grade: into /autograder/results/results.json, into every file named after --output on any command line it can see, and into the folders above its own; isolated, every write fails and the report is the grader's; its parent never greets, so it loses its greetings.
# Exercise: procEx
# Expect: loses greetings
# Needs: root
import json
import os
from multiprocessing import Process, current_process

FORGED = json.dumps({"score": 1000, "tests": [], "output": "forged"})


def targets():
    paths = {"/autograder/results/results.json"}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open("/proc/%s/cmdline" % entry, "rb") as cmdline:
                    words = cmdline.read().decode("utf-8", "replace").split("\0")
            except OSError:
                continue
            for before, word in zip(words, words[1:]):
                if before == "--output":
                    paths.add(word)
    folder = os.getcwd()
    while folder != "/":
        folder = os.path.dirname(folder)
        paths.add(os.path.join(folder, "results.json"))
    return paths


def sayHi():
    print("Hi from process", current_process().pid)
    for path in targets():
        try:
            with open(path, "w") as out:
                out.write(FORGED)
        except OSError:
            pass


def procEx():
    child = Process(target=sayHi)
    child.start()
    child.join()


if __name__ == "__main__":
    procEx()
