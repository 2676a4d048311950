"""Preloaded in the sandbox's forkserver: stop every child from re-running the main script.

Python 3.11's forkserver never receives the parent's main-script path (it asks for a key that
spawn.get_preparation_data does not produce), so each forked child re-imports that script as
__mp_main__ before it parses. For `recruit` that means importing Flask and the whole app per
parse — seconds on a busy machine, enough to hit the wall-clock limit. The parent puts the path
in the environment before the forkserver starts; marking the forkserver's __main__ with it makes
multiprocessing treat the script as already loaded. The sandbox's child target lives in an
importable module, so nothing from the script is needed.
"""

from __future__ import annotations

import os
import sys

MAIN_PATH_VARIABLE = "RECRUIT_SANDBOX_MAIN_PATH"

_main_path = os.environ.get(MAIN_PATH_VARIABLE)
if _main_path:
    sys.modules["__main__"].__file__ = _main_path
