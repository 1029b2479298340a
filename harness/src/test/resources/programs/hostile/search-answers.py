# Shows: a procEx that hunts for the answers: it reads every command line it can see for the grader's folder (-Dparproc.home=...), then walks the file system for reference-solutions/ and grading-config/, and prints the first line of every answer it can read; isolated, it finds none; its parent never greets, so it loses its greetings.
# Exercise: procEx
# Expect: loses greetings
# Needs: root
import os
from multiprocessing import Process, current_process

NAMES = ("reference-solutions", "grading-config")


def candidates():
    folders = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open("/proc/%s/cmdline" % entry, "rb") as cmdline:
                    words = cmdline.read().decode("utf-8", "replace").split("\0")
            except OSError:
                continue
            for word in words:
                if word.startswith("-Dparproc.home="):
                    folders.add(word.split("=", 1)[1])
    found = [os.path.join(home, name) for home in folders for name in NAMES]
    seen = 0
    for top, dirs, files in os.walk("/"):
        dirs[:] = [d for d in dirs if os.path.join(top, d) not in ("/proc", "/sys", "/dev")]
        seen += len(files) + len(dirs)
        found.extend(os.path.join(top, d) for d in dirs if d in NAMES)
        if seen > 400000:
            break
    return found


def sayHi():
    print("Hi from process", current_process().pid)
    for folder in candidates():
        try:
            names = sorted(os.listdir(folder))
        except OSError:
            continue
        for name in names:
            try:
                with open(os.path.join(folder, name)) as answer:
                    print("ANSWER", name, answer.readline().strip())
            except (OSError, UnicodeDecodeError):
                pass


def procEx():
    child = Process(target=sayHi)
    child.start()
    child.join()


if __name__ == "__main__":
    procEx()
