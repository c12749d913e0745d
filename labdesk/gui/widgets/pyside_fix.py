"""Work around a PySide6 6.12.0 / CPython 3.11 reference-count bug.

In this build every wrapped C++ method returning ``void`` hands back ``None``
without taking a new reference (harmless on CPython ≥ 3.12, where ``None`` is
immortal).  On 3.11 each such call (``label.setText(...)``, ``item.setFont(...)``…)
removes one reference from ``None``; after some tens of thousands of calls the
interpreter aborts with "Fatal Python error: none_dealloc".  A busy result grid
makes that many calls in minutes.

``protect_none()`` gives ``None`` an enormous extra reference count once per
process, so it can never reach zero.  It does nothing on Python ≥ 3.12.
"""

from __future__ import annotations

import ctypes
import sys

_EXTRA = 1 << 60
_done = False


def protect_none() -> None:
    global _done
    if _done or sys.version_info >= (3, 12):
        return
    for singleton in (None, True, False):  # bool-returning methods have the same fault
        refcnt = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt: the first field of every object
        refcnt.value += _EXTRA
    _done = True
