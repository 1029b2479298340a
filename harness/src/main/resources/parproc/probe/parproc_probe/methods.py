"""Start methods: the run's default start method, where the grader sets one (--start-method),
and whether the program chose a method of its own.

multiprocessing's default context is told which method to use by default, without choosing it:
a program that calls set_start_method() or get_context() itself keeps its own choice, and
get_start_method(allow_none=True) answers None until the program (or its first process) fixes
the method, as it would without the grader. A method the platform does not have (fork on
Windows) leaves the platform's own default.

A program that did not choose its method is graded for what it does, not for when the start
method hands its children their arguments: under spawn and forkserver a child opens the Lock or
Queue it was given by name only once it runs, and the module's style (start the children and
return, without join) lets the parent's last reference go first, which unlinks it. Fork hands
everything over at start. So for such a program the probe keeps each child's arguments alive
until the child is joined (processes.py), and records a `kept` when that was needed, which the
portability report turns into a warning. A program that chose spawn itself keeps that race.
"""

import os

from . import trace

state = {"chosen": False}


def keeps_arguments(process, method):
    """Whether the probe keeps a started child's arguments: a method that hands them over by name
    (spawn, forkserver, on POSIX: Windows duplicates a Lock's handle into the child as it starts),
    the default context, and no method the program chose itself."""
    return (method in ("spawn", "forkserver") and os.name != "nt"
            and getattr(type(process), "_start_method", None) is None and not state["chosen"])


def patch(context):
    default_class = getattr(context, "DefaultContext", None)
    if default_class is not None:
        orig_set = default_class.set_start_method

        def set_start_method(self, method, force=False):
            state["chosen"] = True
            return orig_set(self, method, force)

        set_start_method.__doc__ = orig_set.__doc__
        default_class.set_start_method = set_start_method
    method = trace.settings.get("start_method")
    if not method:
        return
    chosen = (getattr(context, "_concrete_contexts", None) or {}).get(method)
    default = getattr(context, "_default_context", None)
    if chosen is None or default is None or getattr(default, "_actual_context", None) is not None:
        return
    default._default_context = chosen
