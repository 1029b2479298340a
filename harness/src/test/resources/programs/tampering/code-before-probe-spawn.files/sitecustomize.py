# Would run before the probe if Python's start imported the submission's sitecustomize.
import os

os.write(1, b"CUSTOMIZE RAN (sitecustomize)\n")
try:
    os.ftruncate(3, 0)
except OSError:
    pass
