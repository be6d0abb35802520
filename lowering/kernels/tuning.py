"""Measured kernel choices: the ``tuning`` option of ``rlx-to-loops``.

``rlxc tune`` times the register blocks :mod:`rlx.lowering.kernels.select` could use for
a model's kernels on the host and records the winners; a compile passes them to
``rlx-to-loops`` as text, so the pipeline printed in every dump reproduces the code:

    rlx-to-loops{tuning="linear_swiglu_k1024_n3072=10:16:u;attention_nh16_nkv8_hd128_causal=2:4"}

Each entry is a selected kernel's name (its family, shape and formats) and what replaces
its choice: a matmul's register block ``rows:lanes:p|u[:halves]``
(:class:`select.Block`), the blocked attention's ``score_keys:value_chunk``. A kernel
without an entry keeps the built-in choice; an entry no kernel of the module has is
ignored (a record holds the kernels of every model tuned on a machine).
"""

from __future__ import annotations

import re

from rlx.lowering.kernels import select
from rlx.lowering.kernels.spec import AttentionSpec, KernelSpec, MatmulSpec

_NAME = re.compile(r"[a-z][a-z0-9_]*")
_CHOICE = re.compile(r"\d+(:\d+)?(:[pu](:\d+)?)?")


def parse_tuning(text: str) -> dict[str, str]:
    """``name=choice;name=choice`` -> {name: choice}; ValueError naming a malformed entry."""
    entries: dict[str, str] = {}
    for item in filter(None, (part.strip() for part in text.split(";"))):
        name, sep, choice = item.partition("=")
        if not sep or not _NAME.fullmatch(name.strip()) or not _CHOICE.fullmatch(choice.strip()):
            raise ValueError(f"tuning entry '{item}' is not kernel=choice (e.g. linear_k1024_n3072=8:16:u, "
                             f"attention_nh16_nkv8_hd128_causal=2:4)")
        entries[name.strip()] = choice.strip()
    return entries


def format_tuning(entries: dict[str, str]) -> str:
    """The canonical text of ``entries``: sorted by kernel name."""
    return ";".join(f"{name}={entries[name]}" for name in sorted(entries))


def tuned(spec: KernelSpec, choice: str, target) -> KernelSpec:
    """``spec`` with ``choice`` in place of its selected block or steps (ValueError when
    the spec has none to tune or the choice does not fit it on ``target``)."""
    if isinstance(spec, MatmulSpec):
        return select.with_block(spec, select.Block.parse(choice), target)
    if isinstance(spec, AttentionSpec):
        parts = choice.split(":")
        if len(parts) != 2:
            raise ValueError(f"'{choice}' for {spec.name} is not score_keys:value_chunk (e.g. 2:4)")
        return select.with_attention_steps(spec, int(parts[0]), int(parts[1]))
    raise ValueError(f"{spec.name}: the {spec.family} kernels have no tunable choice")


def apply_tuning(spec: KernelSpec, entries: dict[str, str], target) -> KernelSpec:
    """``spec``, tuned if ``entries`` names it."""
    choice = entries.get(spec.name)
    return spec if choice is None else tuned(spec, choice, target)
