"""Lists what each .py file of a submission folder defines, so the harness can find exercises.

    python parproc_survey.py FOLDER [FILE...]

Prints one JSON object: {"files": [...]}, one entry per file (the named ones, else every .py
file of FOLDER), in name order, each with its top-level functions, the module-level calls of its
own functions, and, where Python 3 cannot compile it, the error and whether it looks like
Python 2. A file over MAX_BYTES is not read: its entry says so ("unread").

The harness runs it as a run of its own, caged and limited as the program's runs are, since a
submitted file is untrusted input to the parser; every pattern here matches in linear time.
"""

import ast
import json
import os
import re
import sys

import parproc_status

# [ \t] rather than \s: \s also matches newlines, so a pattern that starts a line with \s* tries
# every blank line after each line start, quadratic in a file of blank lines.
_DEF = re.compile(r"^(?:async[ \t]+)?def[ \t]+([A-Za-z_]\w*)[ \t]*\(", re.MULTILINE)
_PY2_PRINT = re.compile(r"^[ \t]*print[ \t]+(?![(=])\S", re.MULTILINE)
# A megabyte as the message says it: 1,000,000 bytes.
MAX_BYTES = 1000 * 1000
# A submitted file defines a few functions; a file made of definitions must not flood the output.
MAX_NAMES = 1000
_PY2_NAMES = ("raw_input", "xrange", "unicode", "basestring")


def _own_calls(tree, functions):
    calls = []
    for node in tree.body:
        if (isinstance(node, ast.Expr) and isinstance(node.value, ast.Call)
                and isinstance(node.value.func, ast.Name) and node.value.func.id in functions):
            calls.append({"name": node.value.func.id, "line": node.lineno})
    return calls


def _required(arguments):
    """The parameters a call must give: those without a default value."""
    positional = list(getattr(arguments, "posonlyargs", [])) + list(arguments.args)
    required = [arg.arg for arg in positional[:len(positional) - len(arguments.defaults)]]
    required += [arg.arg for arg, default in zip(arguments.kwonlyargs, arguments.kw_defaults)
                 if default is None]
    return required


def _python2_names(tree):
    used = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id in _PY2_NAMES:
            used.add(node.id)
    return sorted(used)


def _defined_by_pattern(text):
    """The functions a file that does not compile defines, by pattern, with their lines: each
    line number counted on from the last, so that many definitions cost one pass."""
    functions = []
    line, counted = 1, 0
    for match in _DEF.finditer(text):
        line += text.count("\n", counted, match.start())
        counted = match.start()
        functions.append({"name": match.group(1), "line": line})
    return functions


def survey_file(path):
    entry = {"file": os.path.basename(path)}
    size = os.stat(path).st_size
    if size > MAX_BYTES:
        # Just over the limit, "1.0 MB" would read as within it: the bytes then.
        shown = "%.1f MB" % (size / 1e6) if size >= 1.05e6 else "{:,} bytes".format(size)
        entry["unread"] = "%s, over the 1 MB limit for a source file" % shown
        return entry
    with open(path, "rb") as handle:
        source = handle.read(MAX_BYTES + 1)
    try:
        tree = ast.parse(source, path)
    except (SyntaxError, ValueError) as exc:
        text = source.decode("utf-8", "replace")
        message = getattr(exc, "msg", None) or str(exc)
        entry["error"] = {
            "message": message,
            "line": getattr(exc, "lineno", None) or 0,
            "text": (getattr(exc, "text", None) or "").strip(),
            "python2": "Missing parentheses in call to" in message or bool(_PY2_PRINT.search(text)),
        }
        entry["functions"] = _defined_by_pattern(text)[:MAX_NAMES]
        return entry
    functions = [{"name": node.name, "line": node.lineno, "required": _required(node.args)}
                 for node in tree.body if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))]
    entry["functions"] = functions[:MAX_NAMES]
    entry["calls"] = _own_calls(tree, {item["name"] for item in functions})[:MAX_NAMES]
    entry["python2_names"] = _python2_names(tree)
    return entry


def main():
    parproc_status.report_started()
    folder = sys.argv[1]
    names = sys.argv[2:] or sorted(os.listdir(folder))
    files = []
    for name in sorted(names):
        path = os.path.join(folder, name)
        if name.endswith(".py") and os.path.isfile(path) and not os.path.islink(path):
            files.append(survey_file(path))
    json.dump({"files": files}, sys.stdout, ensure_ascii=True)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
