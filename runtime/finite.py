"""Non-finite numbers are errors, not tokens.

One NaN in one weight turns every logit into NaN, and ``argmax`` of NaNs is token 0:
the model would print ``0 0 0 ...`` with exit 0. So the runtime checks every weight it
converts (while it packs it, where the data passes anyway: ~11 GB/s, a fifth of a
second for a 2.4 GB checkpoint) and every float output of a call (the logits: one
vocab row per token), and names the first value that is not finite, as llama.cpp's
tensor checks do, but on by default.
"""

from __future__ import annotations

import numpy as np

#: elements checked per step: the boolean scratch stays in L2
_CHUNK = 1 << 18


def first_non_finite(array: np.ndarray) -> int | None:
    """The flat index of the first NaN or infinity in the float array ``array``, or None."""
    flat = array.reshape(-1)
    if flat.dtype.kind != "f":
        return None
    scratch = np.empty(min(_CHUNK, flat.size), dtype=bool)
    for start in range(0, flat.size, _CHUNK):
        chunk = flat[start:start + _CHUNK]
        finite = np.isfinite(chunk, out=scratch[:chunk.size])
        if not finite.all():
            return start + int(np.argmin(finite))
    return None


def describe_value(array: np.ndarray, flat_index: int) -> str:
    """``nan at [0, 2, 17]``: the value and its index in ``array``'s shape."""
    value = array.reshape(-1)[flat_index]
    where = [int(i) for i in np.unravel_index(flat_index, array.shape)] if array.ndim else []
    return f"{value} at {where}"
