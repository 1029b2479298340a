# Shows: the child greeting comes from a second Python interpreter run with subprocess, which writes to the inherited stdout outside the probe and is no multiprocessing child.
# Exercise: procEx
# Expect: loses real-children, child-count
import subprocess
import sys
from multiprocessing import current_process


def procEx():
    print("Hi from process", current_process().pid, "(parent process)")
    subprocess.run([sys.executable, "-c", "import os; print('Hi from process', os.getpid())"], check=True)


if __name__ == "__main__":
    procEx()
