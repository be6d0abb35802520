"""Everything rlx checks of a module, in one call (after parsing IR text and after each pass)."""

from __future__ import annotations

from rlx.dialects.abi import verify_entries
from rlx.dialects.dominance import verify_dominance


def verify_module(module) -> None:
    """xDSL's verifier (each op on its own), every entry's ABI, and that every value is
    defined before its uses (which xDSL does not check)."""
    module.verify()
    verify_entries(module)
    verify_dominance(module)
