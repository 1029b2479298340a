"""startup: what the site module does when Python starts, except running .pth start-up hooks.

The harness starts every run with `python -S` and calls complete_site() first thing. The run
then sees what a plain `python program.py` sees (site-packages and the folders that .pth files
name on sys.path, exit() and quit(), help(), sitecustomize and usercustomize run, a venv's
prefix), but the `import ...` lines of .pth files are not run: they are start-up hooks of tools
installed next to the interpreter (setuptools' distutils shim, certificate injection, coverage),
not part of any program, and one of them can cost more than the rest of a run's start. Children
inherit -S (multiprocessing passes the interpreter's flags on), and under spawn and forkserver
they re-run the runner's top level, so they complete their start the same way.

Nothing of the submission runs before the probe: the harness also passes -s (no user site, so
no usercustomize from the run's HOME), and site's start runs with the submission's folder and
the working folder off sys.path, so a sitecustomize.py among the submitted files is not the one
imported (a spawned child's sys.path begins with its working folder).
"""

import os
import sys

_completed = False


def complete_site():
    """Runs site.main() with .pth files read for their folders only, once per process."""
    global _completed
    if _completed or not sys.flags.no_site:
        return
    _completed = True
    import site

    saved = site.addpackage
    site.addpackage = _folders_only
    hidden = _submission_paths()
    before = sys.path[:]
    sys.path[:] = [path for path in before if path not in hidden]
    try:
        site.main()
    finally:
        site.addpackage = saved
        # Each entry back where it stood (a spawned child inherits the submission's folder last,
        # behind the standard library), then what site added.
        sys.path[:] = before + [path for path in sys.path if path not in before]


def _submission_paths():
    """The entries of sys.path that may hold the submission's files: "", the working folder and
    the submission's folder, as written and resolved."""
    folders = {"", os.curdir, os.getcwd()}
    submission = os.environ.get("PARPROC_SUBMISSION")
    if submission:
        folders.add(submission)
    for folder in list(folders):
        if folder:
            folders.add(os.path.realpath(folder))
    return folders


def _folders_only(sitedir, name, known_paths):
    """site.addpackage without running its `import` lines: every other line names a folder."""
    import io
    import os
    import site

    reset = known_paths is None
    if reset:
        known_paths = site._init_pathinfo()
    try:
        handle = io.TextIOWrapper(io.open_code(os.path.join(sitedir, name)), encoding="locale" if sys.version_info >= (3, 10) else None)
    except OSError:
        return None
    with handle:
        try:
            lines = handle.read().splitlines()
        except (OSError, UnicodeDecodeError):
            lines = []
    for line in lines:
        if line.startswith("#") or not line.strip() or line.startswith(("import ", "import\t")):
            continue
        folder, folder_case = site.makepath(sitedir, line.rstrip())
        if folder_case not in known_paths and os.path.exists(folder):
            sys.path.append(folder)
            known_paths.add(folder_case)
    return None if reset else known_paths
