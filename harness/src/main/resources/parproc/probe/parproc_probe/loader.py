"""The submission's files as modules, without their module-level calls of their own functions.

The grader calls the entry function once; a bare `procEx()` at the bottom of the file (the
module's style) must not run it a second time, at import or in a spawned child's import.
What follows the entry's first bare call (PARPROC_ENTRY names the entry) is left out of the
import too, and kept as the file's rest: the graded process runs it once the entry returns, as
`python3 file.py` would; a child, under any start method, never runs it.
Bytecode is never read from or written to the student's folder.
"""

import _ast
import importlib
import importlib.machinery
import os
import sys


def _own_function_names(tree):
    return {node.name for node in tree.body
            if isinstance(node, (_ast.FunctionDef, _ast.AsyncFunctionDef))}


def module_level_calls(tree):
    """Top-level statements that call one of the file's own functions, such as `procEx()`."""
    own = _own_function_names(tree)
    calls = []
    for node in tree.body:
        if (isinstance(node, _ast.Expr) and isinstance(node.value, _ast.Call)
                and isinstance(node.value.func, _ast.Name) and node.value.func.id in own):
            calls.append(node)
    return calls


def parse(source, path):
    """What ast.parse does, without importing the ast module (a run need not pay for it)."""
    return compile(source, path, "exec", _ast.PyCF_ONLY_AST, dont_inherit=True)


# Each loaded file's rest (what follows the entry's bare call), compiled, by path.
_rests = {}


def split_at_entry(tree, entry):
    """The statements to import and the file's rest, each without the bare calls of its own
    functions: the rest is what follows the first bare call of the entry, if there is one."""
    dropped = module_level_calls(tree)
    body = tree.body
    cut = next((i for i, node in enumerate(body) if node in dropped and node.value.func.id == entry), len(body))
    return ([node for node in body[:cut] if node not in dropped],
            [node for node in body[cut + 1:] if node not in dropped])


class SubmissionLoader(importlib.machinery.SourceFileLoader):
    """Loads a submitted file without its module-level calls of its own functions, and without
    what follows the entry's bare call, which it keeps as the file's rest."""

    def get_code(self, fullname):
        source = self.get_data(self.path)
        tree = parse(source, self.path)
        head, rest = split_at_entry(tree, os.environ.get("PARPROC_ENTRY"))
        if rest:
            _rests[self.path] = compile(_ast.Module(body=rest, type_ignores=[]), self.path, "exec",
                                        dont_inherit=True)
        tree.body = head
        return compile(tree, self.path, "exec", dont_inherit=True)

    def set_data(self, path, data, *args, **kwargs):
        pass


class SubmissionFinder(object):
    """Serves the submission's files under their module names."""

    def __init__(self, modules):
        self.modules = modules

    def find_spec(self, fullname, path=None, target=None):
        if path is not None:
            return None
        filename = self.modules.get(fullname)
        if filename is None:
            return None
        import importlib.util
        loader = SubmissionLoader(fullname, filename)
        return importlib.util.spec_from_file_location(fullname, filename, loader=loader)


def _is_importable_elsewhere(name, folder):
    if name in sys.builtin_module_names:
        return True
    stdlib = getattr(sys, "stdlib_module_names", None)
    if stdlib is not None:
        return name in stdlib
    search = [entry for entry in sys.path if os.path.abspath(entry or ".") != folder]
    return importlib.machinery.PathFinder.find_spec(name, search) is not None


def module_name_for(filename):
    """The module name a submitted file is imported under.

    Its own stem where that is a valid name that shadows nothing; otherwise a private name, so
    a student's queue.py or random.py cannot replace what multiprocessing itself imports.
    """
    folder = os.path.dirname(os.path.abspath(filename))
    stem = os.path.splitext(os.path.basename(filename))[0]
    if stem.isidentifier() and not _is_importable_elsewhere(stem, folder):
        return stem
    cleaned = "".join(ch if ch.isalnum() else "_" for ch in stem)
    return "parproc_submission_" + cleaned


def install_finder(folder):
    modules = {}
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        names = []
    for name in names:
        if name.endswith(".py"):
            path = os.path.join(folder, name)
            modules[module_name_for(path)] = path
    sys.meta_path.insert(0, SubmissionFinder(modules))
    if folder not in sys.path:
        sys.path.append(folder)


def load_submission(filename):
    return importlib.import_module(module_name_for(filename))


def rest_of(module):
    """The compiled statements that follow the entry's bare call in the module's file, or None."""
    return _rests.get(getattr(module, "__file__", None))
