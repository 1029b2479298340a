"""The first word a graded process (or the survey) says to the grader: it started.

The grader hands the descriptor down in PARPROC_STATUS_FD. It is written and closed before
anything of the submission runs, so whatever status the program later exits with, the grader
knows its set-up worked, and no program can claim that the grader's set-up failed.
"""

import os


def report_started():
    fd = os.environ.pop("PARPROC_STATUS_FD", None)
    path = os.environ.pop("PARPROC_STATUS", None)
    if fd is not None and fd.isdigit():
        try:
            os.write(int(fd), b"started\n")
            os.close(int(fd))
        except OSError:
            pass
    elif path:
        # Where the grader can hand down no descriptor (Windows), it names the file instead.
        try:
            with open(path, "wb") as status:
                status.write(b"started\n")
        except OSError:
            pass
