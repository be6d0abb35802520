"""Measured kernel choices: the ``tuning`` option of ``rlx-to-loops``.

``rlxc tune`` times the register blocks :mod:`rlx.lowering.kernels.select` could use for
a model's kernels on the host and records the winners; a compile passes them to
``rlx-to-loops`` as text, so the pipeline printed in every dump reproduces the code:

    rlx-to-loops{tuning="linear_swiglu_k1024_n3072=10:16:u;attention_nh16_nkv8_hd128_causal=2:4"}

Each entry is a selected kernel's name (its family, shape and formats) and what replaces
its choice: a matmul's register block ``rows:lanes:p|u[:halves]``
(:class:`select.Block`), the blocked attention's ``score_keys:value_chunk[:16]`` (``:16``:
groups of 16 rows in zmm lanes, else 8). A kernel
without an entry keeps the built-in choice; an entry no kernel of the module has is
ignored (a record holds the kernels of every model tuned on a machine).
"""

from __future__ import annotations

import dataclasses
import re

from rlx.lowering.kernels import select
from rlx.lowering.kernels.select import Block
from rlx.lowering.kernels.builder import VEC
from rlx.lowering.kernels.spec import AttentionSpec, KernelSpec, MatmulSpec
from rlx.runtime.packing import LINEAR_TILE

_NAME = re.compile(r"[a-z][a-z0-9_]*")
_CHOICE = re.compile(r"\d+(:\d+)?(:([pu](:\d+)?|16))?")


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
        return with_block(spec, Block.parse(choice), target)
    if isinstance(spec, AttentionSpec):
        parts = choice.split(":")
        if len(parts) not in (2, 3):
            raise ValueError(f"'{choice}' for {spec.name} is not score_keys:value_chunk[:16] (e.g. 2:4)")
        return with_attention_steps(spec, *(int(p) for p in parts), target=target)
    raise ValueError(f"{spec.name}: the {spec.family} kernels have no tunable choice")


def apply_tuning(spec: KernelSpec, entries: dict[str, str], target) -> KernelSpec:
    """``spec``, tuned if ``entries`` names it."""
    choice = entries.get(spec.name)
    return spec if choice is None else tuned(spec, choice, target)


# -- the choices a tuning may make

#: the most rows a tuned register block may have (a block of 16 rows x 16 zmm columns is
#: already 16 accumulators)
MAX_BLOCK_ROWS = 16


def check_block(spec: MatmulSpec, block: Block, target) -> None:
    """ValueError naming what ``target`` or ``spec``'s shape does not allow of ``block``."""
    n_ok = all(v % (2 * LINEAR_TILE) == 0 for v in spec.ns)
    problems = [
        (not 1 <= block.rows <= MAX_BLOCK_ROWS, f"rows must be in 1..{MAX_BLOCK_ROWS}"),
        (block.lanes not in (VEC, 16), "lanes must be 8 or 16"),
        (block.lanes == 16 and not select.zmm_tiles(target), "16 lanes need an AVX-512 target"),
        (block.paired and (spec.family == "linear_swiglu" or not n_ok),
         "paired tiles need a linear or multi_linear whose outputs are multiples of 32 columns"),
        (block.halves not in (1, 2), "halves must be 1 or 2"),
        (block.halves == 2 and (spec.family != "linear_swiglu" or block.lanes != VEC or spec.n % LINEAR_TILE),
         "halves=2 needs linear_swiglu, 8 lanes and n a multiple of 16"),
    ]
    for bad, why in problems:
        if bad:
            raise ValueError(f"block {block} for {spec.name}: {why}")


def with_block(spec: MatmulSpec, block: Block, target) -> MatmulSpec:
    """``spec`` (as selected for ``target``) with the register block ``block`` instead: the
    spec ``select.linear`` / ``multi_linear`` / ``linear_swiglu`` would make with it
    (panels, tails and the weight format's adjustments follow the block), reading and
    writing rows at ``spec``'s strides."""
    check_block(spec, block, target)
    return dataclasses.replace(select.dense(spec.family, spec.k, spec.ns, spec.bias, block, target,
                                            spec.weight_format, spec.residual),
                               x_stride=spec.x_stride, out_stride=spec.out_stride)


def block_of(spec: MatmulSpec, target) -> Block:
    """The block a selected spec was made from (before its weight format's adjustments)."""
    if spec.family == "linear_swiglu":
        return select.swiglu_block(spec.n, target)
    paired = spec.paired
    return Block(*select.linear_block(paired, target), paired)


def block_candidates(spec: MatmulSpec, target) -> list[Block]:
    """The register blocks ``rlxc tune`` times for ``spec`` on ``target``: around the
    selected one, in the vector widths the target has (every one passes :func:`check_block`)."""
    lanes = (16,) if select.zmm_tiles(target) else (VEC,)  # ymm blocks ran 25-35% slower on AVX-512 hosts
    swiglu = spec.family == "linear_swiglu"
    out = []
    for lane in lanes:
        if swiglu:
            out += [Block(r, lane) for r in ((4, 6, 8, 10, 12) if lane == 16 else (2, 3, 4))]
            if lane == VEC and spec.n % LINEAR_TILE == 0:
                out += [Block(r, VEC, halves=2) for r in (4, 5, 6)]
        else:
            out += [Block(r, lane) for r in ((6, 8, 10, 12) if lane == 16 else (4, 5, 6))]
            if all(v % (2 * LINEAR_TILE) == 0 for v in spec.ns):
                out += [Block(r, lane, True) for r in ((4, 6, 8, 10, 12) if lane == 16 else (2, 3, 4))]
    default = block_of(spec, target)
    return [default] + [b for b in out if b != default]


#: the blocked prefill attention's steps ``rlxc tune`` may choose: score keys x value
#: vectors, per lanes of a group (16: zmm, AVX-512 targets and head_dim a multiple of 16)
ATTENTION_STEPS = {8: ((1, 4), (1, 8), (2, 4), (2, 8), (4, 4), (4, 8), (8, 4), (8, 8)),
                   16: ((4, 4), (4, 8), (8, 4), (8, 8))}


def attention_steps_text(score_keys: int, value_chunk: int, lanes: int) -> str:
    return f"{score_keys}:{value_chunk}" + ("" if lanes == VEC else f":{lanes}")


def check_attention_steps(spec: AttentionSpec, score_keys: int, value_chunk: int, lanes: int = VEC,
                          target=None) -> None:
    if spec.variant != "blocked":
        raise ValueError(f"{spec.name}: only the blocked (prefill) attention has tunable steps")
    if lanes not in ATTENTION_STEPS or (lanes != VEC and not (select.zmm_tiles(target) and spec.head_dim % lanes == 0)):
        raise ValueError(f"steps :{lanes} for {spec.name}: groups of 16 rows need an AVX-512 target and head_dim "
                         f"a multiple of 16")
    if (score_keys, value_chunk) not in ATTENTION_STEPS[lanes]:
        allowed = " ".join(attention_steps_text(a, b, lanes) for a, b in ATTENTION_STEPS[lanes])
        raise ValueError(f"steps {attention_steps_text(score_keys, value_chunk, lanes)} for {spec.name}: "
                         f"score_keys:value_chunk must be one of {allowed}")


def with_attention_steps(spec: AttentionSpec, score_keys: int, value_chunk: int, lanes: int = VEC,
                         target=None) -> AttentionSpec:
    check_attention_steps(spec, score_keys, value_chunk, lanes, target)
    return dataclasses.replace(spec, score_keys=score_keys, value_chunk=value_chunk, lanes=lanes,
                               query_block=select.attention_query_block(lanes))


def attention_step_candidates(spec: AttentionSpec, target=None) -> list[tuple[int, int, int]]:
    """(score_keys, value_chunk, lanes), the built-in steps first; no value step wider than
    the head (it would run as the head's width); groups of 16 on AVX-512 targets."""
    default = (spec.score_keys, spec.value_chunk, spec.lanes)
    widths = [VEC] + ([16] if select.zmm_tiles(target) and spec.head_dim % 16 == 0 else [])
    out = [(a, b, lanes) for lanes in widths for a, b in ATTENTION_STEPS[lanes] if b <= spec.head_dim // lanes]
    return [default] + [s for s in out if s != default]
