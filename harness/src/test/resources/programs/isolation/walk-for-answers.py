# Shows: a program that walks the whole file system it can see (but /proc, /sys, /dev, its own folder and the folders listed in skip.txt) and reads every readable text file, printing FOUND and the path of each that holds a line of needles.txt (the test puts the reference solutions' lines there), then READ and how many files it read.
import os


def walk():
    own = os.getcwd()
    with open("needles.txt", encoding="utf-8") as lines:
        needles = [line.strip().encode("utf-8") for line in lines if line.strip()]
    skipped = {"/proc", "/sys", "/dev", own}
    if os.path.exists("skip.txt"):
        with open("skip.txt", encoding="utf-8") as lines:
            skipped.update(line.strip() for line in lines if line.strip())
    read = 0
    for top, dirs, files in os.walk("/"):
        dirs[:] = [d for d in dirs if os.path.join(top, d) not in skipped]
        for name in files:
            path = os.path.join(top, name)
            try:
                if os.path.islink(path) or not os.path.isfile(path) or os.path.getsize(path) > (4 << 20):
                    continue
                with open(path, "rb") as source:
                    head = source.read(1024)
                    if b"\0" in head:
                        continue
                    text = head + source.read()
            except OSError:
                continue
            read += 1
            if any(needle in text for needle in needles):
                print("FOUND", path)
    print("READ", read)
