"""``python -m bench``: rlx side by side with its peers (see docs/performance.md).

Run as the top-level ``bench`` of a source tree (``python -m bench`` in a checkout, or a
worker of an ``rlx@CHECKOUT`` engine), ``rlx.*`` resolves to that tree's folders, so that a
benchmark times the checkout it was started from rather than whichever rlx is installed.
"""

import sys
import types
from pathlib import Path

if __name__ == "bench" and "rlx" not in sys.modules:
    _tree = types.ModuleType("rlx", "rlx.* from the source tree that holds this bench/")
    _tree.__path__ = [str(Path(__file__).resolve().parent.parent)]
    sys.modules["rlx"] = _tree
