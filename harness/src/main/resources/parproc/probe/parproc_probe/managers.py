"""Managers: the Lock and Queue proxies a multiprocessing Manager hands out.

A proxy's object lives in the manager's server process, so its records come from the calls
made through the proxy: creation, acquire and release, put, and get as a wait.
"""

from . import trace
from .locks import note_acquire, note_release

_LOCKS = ("Lock", "RLock", "Semaphore", "BoundedSemaphore")
_QUEUES = ("Queue", "JoinableQueue")


def patch(managers):
    BaseProxy = managers.BaseProxy
    orig_init, orig_callmethod = trace.originals(BaseProxy, "__init__", "_callmethod")

    def __init__(self, token, serializer, manager=None, *args, **kwargs):
        orig_init(self, token, serializer, manager, *args, **kwargs)
        # A manager passes itself only when this process asked it for the object.
        if manager is not None and token.typeid in _LOCKS + _QUEUES:
            internal, site = trace.creation(("managers.py",))
            if token.typeid in _LOCKS:
                trace.emit("lock", lock="M%s" % token.id, kind="Manager." + token.typeid,
                           mutex=token.typeid in ("Lock", "RLock"), site=site)
            else:
                trace.emit("queue", queue="M%s" % token.id, kind="Manager." + token.typeid, site=site)

    def _callmethod(self, methodname, args=(), kwds={}):
        typeid = self._token.typeid
        ident = "M%s" % self._token.id
        getting = typeid in _QUEUES and methodname in ("get", "get_nowait")
        if typeid in _LOCKS and methodname == "release":
            note_release(ident)
        elif getting:
            block, timeout = trace.wait_arguments(args, kwds)
            trace.emit("waiting", on="get", queue=ident, block=block and methodname == "get",
                       timeout=timeout)
        elif typeid in _QUEUES and methodname in ("put", "put_nowait") and args:
            trace.emit("put", queue=ident, **trace.describe_value(args[0]))
        try:
            result = orig_callmethod(self, methodname, args, kwds)
        except BaseException as exc:
            if getting:
                trace.emit("waited", on="get", queue=ident,
                           result="timeout" if type(exc).__name__ == "Empty" else "error")
            raise
        if typeid in _LOCKS and methodname == "acquire" and result:
            note_acquire(ident)
        elif getting:
            trace.emit("get", queue=ident, **trace.describe_value(result))
            trace.emit("waited", on="get", queue=ident, result="value")
        return result

    trace.replace(BaseProxy, __init__, _callmethod)
