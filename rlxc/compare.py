"""What ``rlxc compare`` computes and prints: the error of each debug output ("tap") of a
build under test against a reference, and the first tap whose error passes a tolerance.

A tap is a named array: ``embed`` (the embedding), ``layers.{i}`` (decoder layer ``i``'s
output), ``norm`` (the final norm), ``logits``, and inside layer ``i``
``layers.{i}.<op>`` (:data:`rlxc.models.qwen3.LAYER_OP_TAPS`). The error of a tap is its
largest absolute difference and its relative error ``||test - ref|| / ||ref||`` (2-norms
over the whole tensor); a tap is over the tolerance when the relative error is above it
(or not a number). Pure functions of numpy arrays: no compiler, no torch.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

OK, OVER, MISSING = "ok", "OVER", "missing"
#: the two sides' arrays have different sizes (over the tolerance too)
SHAPE = "SHAPE"


@dataclass(frozen=True)
class TapError:
    """One row of the table: a tap's error, ``MISSING`` when one side has no such tap,
    ``SHAPE`` when the sides' sizes differ."""

    name: str
    shape: tuple[int, ...]
    max_abs: float
    rel: float
    status: str
    reference_shape: tuple[int, ...] = ()

    @property
    def over(self) -> bool:
        return self.status in (OVER, SHAPE)

    def describe(self) -> str:
        """``layers.1 (rel err 2.1e-02)`` (what the last line says of it)."""
        if self.status == SHAPE:
            return f"{self.name} ({_dims(self.shape)} values, the reference's {_dims(self.reference_shape)})"
        return f"{self.name} (rel err {self.rel:.3e})"

    def to_json(self) -> dict:
        finite = (lambda x: x if math.isfinite(x) else str(x))
        return {"tap": self.name, "shape": list(self.shape), "max_abs_err": finite(self.max_abs),
                "rel_err": finite(self.rel), "status": self.status,
                **({"reference_shape": list(self.reference_shape)} if self.status == SHAPE else {})}


def _dims(shape: Sequence[int]) -> str:
    return "x".join(str(d) for d in shape)


def tap_error(name: str, test: np.ndarray | None, reference: np.ndarray | None, tol: float) -> TapError:
    """The error of ``test`` against ``reference`` (compared flat: transformers keeps the
    heads of a QK-norm as their own axis); None on either side: ``MISSING``; sizes that
    differ: ``SHAPE``."""
    if test is None or reference is None:
        shape = np.shape(test if test is not None else reference)
        return TapError(name, tuple(shape), math.nan, math.nan, MISSING)
    a = np.asarray(test, dtype=np.float64).ravel()
    b = np.asarray(reference, dtype=np.float64).ravel()
    if a.size != b.size:
        return TapError(name, tuple(np.shape(test)), math.nan, math.nan, SHAPE, tuple(np.shape(reference)))
    diff = a - b
    max_abs = float(np.max(np.abs(diff))) if diff.size else 0.0
    norm_diff, norm_ref = float(np.linalg.norm(diff)), float(np.linalg.norm(b))
    rel = norm_diff / norm_ref if norm_ref else (0.0 if norm_diff == 0 else math.inf)
    return TapError(name, tuple(np.shape(test)), max_abs, rel, OK if rel <= tol else OVER)


def compare_taps(names: Sequence[str], test: Mapping[str, np.ndarray], reference: Mapping[str, np.ndarray],
                 tol: float) -> list[TapError]:
    """One row per tap of ``names``, in that order."""
    return [tap_error(n, test.get(n), reference.get(n), tol) for n in names]


def first_over(rows: Sequence[TapError]) -> TapError | None:
    return next((r for r in rows if r.over), None)


def is_op_tap(name: str) -> bool:
    """``layers.3.q_proj`` (an op inside a layer), not ``layers.3`` or ``logits``."""
    return name.startswith("layers.") and name.count(".") >= 2


def layer_of(name: str) -> int | None:
    """3 for ``layers.3`` and ``layers.3.q_proj``; None for the other taps."""
    parts = name.split(".")
    return int(parts[1]) if parts[0] == "layers" and len(parts) > 1 and parts[1].isdigit() else None


def model_taps(names: Sequence[str]) -> list[str]:
    """The taps between the layers: embedding, each layer's output, final norm, logits."""
    return [n for n in names if not is_op_tap(n)]


def op_taps(names: Sequence[str], layer: int) -> list[str]:
    """The op taps inside layer ``layer``, then the layer's output (its last op, the residual add)."""
    return [n for n in names if is_op_tap(n) and layer_of(n) == layer] + [f"layers.{layer}"]


@dataclass(frozen=True)
class Comparison:
    """What ``rlxc compare`` prints: the table between the layers and, for one layer (the
    first over the tolerance, or the one asked for), the table of its ops."""

    test: str
    reference: str
    prompt_ids: tuple[int, ...]
    tol: float
    rows: tuple[TapError, ...]
    layer: int | None = None
    op_rows: tuple[TapError, ...] = ()
    #: the taps compared (both sides have them) and those one side lacks, the op taps of
    #: every layer included
    compared: int = 0
    missing: int = 0
    #: the first op tap over the tolerance in any layer (an op can be over it while its
    #: layer's output is not)
    first_inside: TapError | None = None

    @property
    def first(self) -> TapError | None:
        return first_over(self.rows)

    @property
    def first_op(self) -> TapError | None:
        return first_over(self.op_rows)

    @property
    def within(self) -> bool:
        return self.first is None and self.first_inside is None


def compare(test: Mapping[str, np.ndarray], reference: Mapping[str, np.ndarray], names: Sequence[str], *,
            tol: float, test_label: str, reference_label: str, prompt_ids: Sequence[int],
            layer: int | None = None) -> Comparison:
    """Compare every tap of ``names``; the op table of ``layer``, by default of the first
    layer whose output is over ``tol``."""
    rows = compare_taps(model_taps(names), test, reference, tol)
    inside = compare_taps([n for n in names if is_op_tap(n)], test, reference, tol)
    if layer is None:
        first = first_over(rows) or first_over(inside)  # an op over it whose layer's output is not
        layer = layer_of(first.name) if first is not None else None
    ops = compare_taps(op_taps(names, layer), test, reference, tol) if layer is not None else []
    missing = sum(r.status == MISSING for r in (*rows, *inside))
    return Comparison(test_label, reference_label, tuple(prompt_ids), tol, tuple(rows), layer, tuple(ops),
                      len(rows) + len(inside) - missing, missing, first_over(inside))


def format_table(rows: Sequence[TapError]) -> str:
    width = max([len("tap"), *(len(r.name) for r in rows)])
    lines = [f"{'tap':<{width}}  {'shape':<14} {'max abs err':>11}  {'rel err':>9}  status"]
    for r in rows:
        shape = _dims(r.shape)
        if r.status == MISSING:
            lines.append(f"{r.name:<{width}}  {shape:<14} {'-':>11}  {'-':>9}  {MISSING}")
        elif r.status == SHAPE:
            lines.append(f"{r.name:<{width}}  {shape:<14} {'-':>11}  {'-':>9}  {SHAPE} (the reference's: "
                         f"{_dims(r.reference_shape)})")
        else:
            lines.append(f"{r.name:<{width}}  {shape:<14} {r.max_abs:>11.3e}  {r.rel:>9.3e}  {r.status}")
    return "\n".join(lines)


def verdict(c: Comparison) -> str:
    """The last line: the first tap over the tolerance (and the first op inside its
    layer), or that every tap is within it."""
    first = c.first
    if c.within:
        lacking = f"; {c.missing} missing on one side" if c.missing else ""
        return f"all {c.compared} taps within tolerance {c.tol:g} (the ops inside every layer included{lacking})"
    if first is None:  # every layer's output is within it, an op inside one is not
        return f"first over tolerance {c.tol:g}: {c.first_inside.describe()}, inside a layer whose output is not"
    line = f"first over tolerance {c.tol:g}: {first.describe()}"
    if c.layer is not None and c.layer == layer_of(first.name):
        op = c.first_op
        if op is None or op.name == first.name:
            line += "; inside it: its last op, the residual add after the MLP"
        else:
            line += f"; inside it: {op.describe()}"
    return line


def format_comparison(c: Comparison) -> str:
    head = (f"{c.test} against {c.reference}: prompt of {len(c.prompt_ids)} tokens, "
            f"tolerance {c.tol:g} (relative error ||a-b||/||b||)")
    parts = [head, "", format_table(c.rows)]
    if c.layer is not None:
        parts += ["", f"inside layers.{c.layer}:", format_table(c.op_rows)]
    parts += ["", verdict(c)]
    return "\n".join(parts)


def comparison_json(c: Comparison) -> str:
    out = {"test": c.test, "reference": c.reference, "prompt_ids": list(c.prompt_ids), "tol": c.tol,
           "taps": [r.to_json() for r in c.rows],
           "first_over": c.first.name if c.first else None,
           "layer": c.layer, "ops": [r.to_json() for r in c.op_rows],
           "first_op_over": c.first_op.name if c.first_op else None,
           "first_op_over_anywhere": c.first_inside.name if c.first_inside else None,
           "compared": c.compared, "missing": c.missing, "within_tolerance": c.within}
    return json.dumps(out, indent=2)
