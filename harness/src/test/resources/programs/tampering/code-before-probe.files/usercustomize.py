# Would run before the probe if Python's start imported the submission's usercustomize.
import os

os.write(1, b"CUSTOMIZE RAN (usercustomize)\n")
try:
    os.ftruncate(3, 0)
except OSError:
    pass
