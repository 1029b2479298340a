"""Lists what each .py file of a submission folder defines, so the harness can find exercises.

    python parproc_survey.py FOLDER

Prints one JSON object: {"files": [...]}, one entry per file, in name order, each with its
top-level functions, the module-level calls of its own functions, and, where Python 3 cannot
compile it, the error and whether it looks like Python 2.
"""

import ast
import json
import os
import re
import sys

_DEF = re.compile(r"^(?:async\s+)?def\s+([A-Za-z_]\w*)\s*\(", re.MULTILINE)
_PY2_PRINT = re.compile(r"^\s*print\s+(?![(=])\S", re.MULTILINE)
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


def survey_file(path):
    entry = {"file": os.path.basename(path)}
    with open(path, "rb") as handle:
        source = handle.read()
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
        entry["functions"] = [{"name": match.group(1), "line": text.count("\n", 0, match.start()) + 1}
                              for match in _DEF.finditer(text)]
        return entry
    functions = [{"name": node.name, "line": node.lineno, "required": _required(node.args)}
                 for node in tree.body if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))]
    entry["functions"] = functions
    entry["calls"] = _own_calls(tree, {item["name"] for item in functions})
    entry["python2_names"] = _python2_names(tree)
    return entry


def main():
    folder = sys.argv[1]
    files = []
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if name.endswith(".py") and os.path.isfile(path):
            files.append(survey_file(path))
    json.dump({"files": files}, sys.stdout, ensure_ascii=True)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
