# Shows: a procEx that does nothing but empty the grader's record of its run and exit with status 125, the status that once meant "the grader's set-up failed": it must be graded, as a program that printed nothing, not reported as the grader's error.
# Exercise: procEx
# Loses: finishes-cleanly, greetings, real-children, child-count
# Flagged: yes
# AtMost: 0
import os


def procEx():
    try:
        os.ftruncate(3, 0)
    except OSError:
        pass
    os._exit(125)


if __name__ == "__main__":
    procEx()
