"""Typed kernel specs: what a kernel is, as data.

A spec is a frozen dataclass: the kernel *family* and its static parameters -- the
op's shapes and flags, and the strategy ``select`` chose for them (register block,
variant, block sizes, the serial threshold). ``name`` is the kernel's function name
(equal specs, equal names: a module holds one copy of each kernel), ``args`` the
names and roles of its arguments. The generator of a family builds exactly what its
spec says, and attaches the spec to the ``func.func`` as the ``rlx.kernel``
dictionary attribute (:func:`kernel_func`), so the printed L3 IR shows it and
:func:`spec_of` reads it back (the cost model and ``rlx-instrument`` read specs, never
names). Fields at their default value are left out of the attribute.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar, NamedTuple

from xdsl.dialects import func
from xdsl.dialects.builtin import (
    BoolAttr,
    DenseArrayBase,
    DictionaryAttr,
    FloatAttr,
    IntegerAttr,
    IntegerType,
    StringAttr,
    f64,
    i1,
    i64,
)
from xdsl.ir import Attribute

from rlx.lowering.kernels.builder import IDX, MF16, MF32, MI8, MI16, MI32, make_func

#: The ``func.func`` attribute that carries a kernel's spec.
KERNEL_ATTR = "rlx.kernel"


class Arg(NamedTuple):
    """A kernel argument: its name and role (``in``, ``out``, ``weight``, ``ids``: token
    ids, ``size``: an ``index`` run-time size)."""

    name: str
    role: str


def _buffers(role: str, *names: str) -> list[Arg]:
    return [Arg(n, role) for n in names]


def _sizes(*names: str) -> list[Arg]:
    return _buffers("size", *names)


def fmt_float(x: float) -> str:
    """Symbol-safe, deterministic rendering of a float parameter (1e-06 -> 1em06).

    The shortest of 7 significant digits or the full repr that names the same f32: an
    f32 attribute's 9.99999997e-07 is the config's 1e-06."""
    import numpy as np

    short = float(f"{float(x):.7g}")
    text = repr(short) if np.float32(short) == np.float32(x) else repr(float(x))
    return text.replace("-", "m").replace("+", "").replace(".", "p")


_FAMILIES: dict[str, type[KernelSpec]] = {}


@dataclass(frozen=True, kw_only=True)
class KernelSpec:
    """Base of the specs: ``family`` (one of the class's ``FAMILIES``) and its fields."""

    FAMILIES: ClassVar[tuple[str, ...]] = ()
    family: str

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        for fam in cls.FAMILIES:
            _FAMILIES[fam] = cls

    def __post_init__(self):
        if self.family not in self.FAMILIES:
            raise ValueError(f"{type(self).__name__}: family {self.family!r} is not one of {self.FAMILIES}")

    @property
    def name(self) -> str:
        raise NotImplementedError

    @property
    def args(self) -> tuple[Arg, ...]:
        raise NotImplementedError

    def buffer_formats(self) -> dict[str, str]:
        """Argument name -> the format of a buffer not passed as f32 (a weight, a KV cache
        of another format: :func:`weight_buffer`); none here."""
        return {}

    @property
    def arg_types(self) -> list[Attribute]:
        formats = self.buffer_formats()
        return [weight_buffer(formats[a.name]) if a.name in formats else IDX if a.role == "size"
                else MI32 if a.role == "ids" else MF32 for a in self.args]

    @property
    def size_names(self) -> list[str]:
        """The names of the ``index`` arguments, in order."""
        return [a.name for a in self.args if a.role == "size"]

    def to_attr(self) -> DictionaryAttr:
        entries: dict[str, Attribute] = {"family": StringAttr(self.family)}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if f.name != "family" and value != f.default:
                entries[f.name] = _to_attr(value)
        return DictionaryAttr(entries)


def row_strides_suffix(spec) -> str:
    """``_xs<x_stride>`` / ``_os<out_stride>`` for the padded rows a kernel reads or writes."""
    return "".join(f"_{short}{getattr(spec, field)}" for field, short in (("x_stride", "xs"), ("out_stride", "os"))
                   if getattr(spec, field, 0))


def _to_attr(value) -> Attribute:
    if isinstance(value, bool):
        return BoolAttr(value, i1)
    if isinstance(value, int):
        return IntegerAttr(value, i64)
    if isinstance(value, float):
        return FloatAttr(value, f64)
    if isinstance(value, str):
        return StringAttr(value)
    if isinstance(value, tuple):
        return DenseArrayBase.from_list(i64, list(value))
    raise TypeError(f"kernel spec: no attribute for {value!r}")


def _from_attr(attr: Attribute):
    if isinstance(attr, IntegerAttr):
        value = attr.value.data
        return bool(value) if isinstance(attr.type, IntegerType) and attr.type.width.data == 1 else value
    if isinstance(attr, FloatAttr):
        return float(attr.value.data)
    if isinstance(attr, StringAttr):
        return attr.data
    if isinstance(attr, DenseArrayBase):
        return tuple(int(v) for v in attr.get_values())
    raise TypeError(f"kernel spec: unexpected attribute {attr}")


def spec_from_attr(attr: DictionaryAttr) -> KernelSpec:
    """The spec an ``rlx.kernel`` attribute describes."""
    fields = {k: _from_attr(v) for k, v in attr.data.items()}
    cls = _FAMILIES.get(fields["family"])
    if cls is None:
        raise ValueError(f"kernel spec: unknown family {fields['family']!r}")
    return cls(**fields)


def spec_of(fn: func.FuncOp) -> KernelSpec | None:
    """The spec of a kernel function (None for a function that is not a kernel)."""
    attr = fn.attributes.get(KERNEL_ATTR)
    return spec_from_attr(attr) if isinstance(attr, DictionaryAttr) else None


def kernel_func(spec: KernelSpec, body: Callable[..., None]) -> func.FuncOp:
    """The kernel function of ``spec``: its name and argument types, ``body(*args)``,
    and the spec attached."""
    fn = make_func(spec.name, spec.arg_types, body)
    fn.attributes[KERNEL_ATTR] = spec.to_attr()
    return fn


# --------------------------------------------------------------------------
# the families
# --------------------------------------------------------------------------


#: the formats a KV cache can hold
KV_FORMATS = ("f32", "bf16", "f16")


def weight_buffer(weight_format: str) -> Attribute:
    """The buffer a weight of ``weight_format`` is passed in: f32, the bits of bf16 (i16),
    f16, or the bytes of Q8_0 tiles (i8)."""
    return {"f32": MF32, "bf16": MI16, "f16": MF16}.get(weight_format, MI8)


def weights_in(spec: KernelSpec) -> dict[str, str]:
    """Each weight argument of ``spec`` (not a bias) -> ``spec.weight_format``."""
    return {a.name: spec.weight_format for a in spec.args if a.role == "weight" and not a.name.startswith("bias")}


@dataclass(frozen=True, kw_only=True)
class EmbedSpec(KernelSpec):
    """Embedding gather; ``packed``: the table is a linear weight's ``packed16`` copy
    (the tied LM head's), stored in ``weight_format`` as that weight is."""

    FAMILIES = ("embed",)
    family: str = "embed"
    hidden: int
    vocab: int
    packed: bool = False
    parallel_min_work: int
    weight_format: str = "f32"

    def __post_init__(self):
        super().__post_init__()
        if self.weight_format not in MatmulSpec.WEIGHT_FORMATS or (self.weight_format != "f32" and not self.packed):
            raise ValueError(f"embed: a {self.weight_format} table is read only as a tied LM head's packed copy")

    @property
    def name(self) -> str:
        return (f"embed_h{self.hidden}_v{self.vocab}" + ("_packed16" if self.packed else "")
                + ("" if self.weight_format == "f32" else f"_{self.weight_format}"))

    def buffer_formats(self) -> dict[str, str]:
        return weights_in(self)

    @property
    def args(self) -> tuple[Arg, ...]:
        return (Arg("ids", "ids"), Arg("table", "weight"), Arg("out", "out"), *_sizes("M"))


@dataclass(frozen=True, kw_only=True)
class RMSNormSpec(KernelSpec):
    """RMSNorm of each group of ``group`` values of rows of ``dim``."""

    FAMILIES = ("rms_norm",)
    family: str = "rms_norm"
    dim: int
    group: int
    eps: float
    parallel_min_work: int
    #: the elements from one output row (``dim`` values) to the next (0: ``dim``, dense)
    out_stride: int = 0

    def __post_init__(self):
        super().__post_init__()
        if self.out_stride and self.out_stride < self.dim:
            raise ValueError(f"rms_norm: out_stride must be 0 or >= dim {self.dim}, got {self.out_stride}")

    @property
    def name(self) -> str:
        return f"rms_norm_d{self.dim}_g{self.group}_eps{fmt_float(self.eps)}" + row_strides_suffix(self)

    @property
    def args(self) -> tuple[Arg, ...]:
        return (Arg("x", "in"), Arg("w", "weight"), Arg("out", "out"), *_sizes("M"))


@dataclass(frozen=True, kw_only=True)
class MatmulSpec(KernelSpec):
    """``x @ W^T`` over packed weights: ``linear`` (one weight, ``ns = (n,)``),
    ``multi_linear`` (weights sharing ``x``, one output each) or ``linear_swiglu``
    (gate and up weights of ``n`` columns, ``silu(gate) * up``).

    The register block is ``rows`` x 16 columns (x 32 when ``paired``: two tiles per
    block) of ``vector<lanes x f32>`` accumulators (8 lanes: AVX2's ymm, 16: AVX-512's
    zmm); a single row unrolls k by ``kunroll``; work items are groups of
    ``tile_group`` blocks over panels of ``panel_rows`` rows of ``x``."""

    FAMILIES = ("linear", "multi_linear", "linear_swiglu")
    k: int
    ns: tuple[int, ...]
    bias: bool = False
    #: a ``linear`` adds ``residual[M, n]`` to each output tile as it stores it (a
    #: residual connection fused by ``rlx-fuse``)
    residual: bool = False
    rows: int
    paired: bool
    lanes: int = 8
    #: ``linear_swiglu``: 2 runs a block over each half of a tile in turn (rows x 8
    #: columns of gate and of up: twice the rows in the registers of a rows x 16 block)
    halves: int = 1
    #: with ``halves``, blocks of at most this many rows (the tails) run whole tiles
    whole_tile_rows: int = 0
    kunroll: int
    panel_rows: int
    tile_group: int
    parallel_min_work: int
    #: how the packed weights are stored: ``f32``, ``bf16`` (i16 buffers of bf16
    #: bits, widened to f32 in registers: half the bytes per token), ``f16`` (likewise,
    #: ``vcvtph2ps``), ``q4_0`` (nibbles, see ``tiles.TileReader``) or ``q8_0`` (byte
    #: buffers of ``packed16_q8_0`` tiles: int8 widened and scaled per block of 32)
    weight_format: str = "f32"
    #: widen each tile into an f32 stack copy before a panel's row blocks read it (a
    #: ``weight_format`` other than f32; single rows read the packed tiles)
    stage: bool = False
    #: block-quantized weights in a call of fewer than ``rows`` rows (decode): the rows
    #: of ``x`` are quantized to 8-bit blocks once per call and multiplied with integer
    #: dot products (``matmul_int8``): ``vpdpbusd`` (AVX-512 VNNI), ``pmaddubsw``
    #: (``vpmaddubsw`` + ``vpmaddwd``: AVX2, AVX-512BW), or "" (weights widened to f32)
    int8_dot: str = ""
    #: independent integer accumulators per tile vector of the integer dot products
    dot_chains: int = 1
    #: rows the integer dot products run together (each weight word loaded once for them
    #: all; a batched decode step of several sequences), one accumulator chain each
    dot_rows: int = 1
    #: calls of fewer rows than this take the integer dot products (0: fewer than ``rows``,
    #: at least 2); more rows widen the weights to f32 for the register blocks
    int8_below: int = 0
    #: the integer dot products run each vector of a tile in its own loop over k (two
    #: streams of two ymm vectors would not fit 16 registers in one)
    dot_split: bool = False
    #: the integer dot products prefetch (into L2) each block's weight lines this many
    #: tile groups ahead: the tiles a thread reads next (0: none)
    prefetch_groups: int = 0
    #: the integer dot products' calls: each grab of the threads takes the unassigned
    #: tiles / (``dot_share`` x threads) (0: the dispatch's default, 2)
    dot_share: int = 0
    #: rows of the smaller register blocks run after the blocks of ``rows``, largest
    #: first (empty: single rows): a batched decode step of fewer rows than a block reads
    #: each tile once or twice instead of once per row
    tail_rows: tuple[int, ...] = ()
    #: FMA chains a register block of several rows keeps at least (f32, bf16 and f16
    #: tiles): its k loop unrolled by this // its accumulators
    block_chains: int = 1
    #: k steps per iteration of a register block of several rows over f32 tiles, on the
    #: same FMA chains: fewer loop instructions per FMA (a power of 2 dividing 32)
    block_steps: int = 1
    #: what register blocks of several rows over f32 tiles (f32 weights, or a staged copy)
    #: prefetch each k step (``matmul._prefetch_block_lines``): ``next_tile``, their line
    #: of the next tile in the buffer into L2; ``l1_ahead``, their own tile's line
    #: ``prefetch_steps`` k steps ahead into L1; ``none``
    block_prefetch: str = "none"
    prefetch_steps: int = 0
    #: an unpaired matmul's calls of one row (decode) run the tiles in pairs: two weight
    #: streams per thread, which the memory keeps busier than one (``select.ROW_PAIRS``)
    row_pairs: bool = False
    #: the elements from one row of ``x`` to the next (0: ``k``, dense); ``out_stride``
    #: likewise for ``linear_swiglu``'s output (0: ``n``). Padded rows (``rlx-pad-rows``)
    #: keep a register block's rows out of one L1 set
    x_stride: int = 0
    out_stride: int = 0

    WEIGHT_FORMATS: ClassVar[tuple[str, ...]] = ("f32", "bf16", "f16", "q8_0", "q4_0")
    INT8_DOTS: ClassVar[tuple[str, ...]] = ("", "vpdpbusd", "pmaddubsw")
    BLOCK_PREFETCHES: ClassVar[tuple[str, ...]] = ("none", "next_tile", "l1_ahead")

    def __post_init__(self):
        super().__post_init__()
        if self.lanes not in (8, 16):
            raise ValueError(f"{self.family}: lanes must be 8 or 16, got {self.lanes}")
        if self.weight_format not in self.WEIGHT_FORMATS:
            raise ValueError(f"{self.family}: weight_format must be one of {', '.join(self.WEIGHT_FORMATS)}, "
                             f"got {self.weight_format!r}")
        if self.stage and self.weight_format == "f32":
            raise ValueError(f"{self.family}: stage=True needs weights stored in another format than f32")
        if self.block_steps not in (1, 2, 4, 8, 16, 32):
            raise ValueError(f"{self.family}: block_steps must be a power of 2 up to 32, got {self.block_steps}")
        if self.block_prefetch not in self.BLOCK_PREFETCHES or \
                (self.prefetch_steps > 0) != (self.block_prefetch == "l1_ahead") or self.prefetch_steps < 0:
            raise ValueError(f"{self.family}: block_prefetch must be one of {', '.join(self.BLOCK_PREFETCHES)}, "
                             f"with prefetch_steps > 0 for l1_ahead only, got {self.block_prefetch!r}, "
                             f"{self.prefetch_steps}")
        if self.block_prefetch == "next_tile" and self.weight_format != "f32":
            raise ValueError(f"{self.family}: block_prefetch=next_tile needs f32 weights (its lines are 16 f32 values)")
        if self.block_prefetch == "l1_ahead" and self.weight_format != "f32" and not self.stage:
            raise ValueError(f"{self.family}: block_prefetch=l1_ahead needs f32 tiles (f32 weights or stage=True)")
        if self.int8_dot not in self.INT8_DOTS or (self.int8_dot and self.weight_format not in ("q8_0", "q4_0")):
            raise ValueError(f"{self.family}: int8_dot {self.int8_dot!r} needs one of {self.INT8_DOTS[1:]} "
                             f"and q8_0 or q4_0 weights, got {self.weight_format}")
        if self.dot_chains < 1 or self.dot_rows < 1:
            raise ValueError(f"{self.family}: dot_chains and dot_rows must be >= 1, got {self.dot_chains}, "
                             f"{self.dot_rows}")
        if list(self.tail_rows) != sorted(set(self.tail_rows), reverse=True) or \
                any(not 2 <= t < self.rows for t in self.tail_rows):
            raise ValueError(f"{self.family}: tail_rows must be distinct, descending and in [2, rows={self.rows}), "
                             f"got {self.tail_rows}")
        if self.row_pairs and (self.paired or self.family == "linear_swiglu" or any(v % 32 for v in self.ns)
                               or self.weight_format not in ("f32", "bf16", "f16")):
            raise ValueError(f"{self.family}: row_pairs needs an unpaired linear or multi_linear over f32, bf16 or "
                             f"f16 weights with outputs of whole pairs of tiles")
        if (self.x_stride and self.x_stride < self.k) or (self.out_stride and (
                self.family != "linear_swiglu" or self.out_stride < self.n)):
            raise ValueError(f"{self.family}: x_stride must be 0 or >= k, out_stride 0 or >= n (linear_swiglu "
                             f"only), got {self.x_stride}, {self.out_stride}")
        if self.residual and self.family != "linear":
            raise ValueError(f"{self.family}: residual needs a linear (one weight)")
        if self.halves != 1 and (self.family != "linear_swiglu" or self.lanes != 8 or self.n % 16):
            raise ValueError(f"{self.family}: halves={self.halves} needs linear_swiglu, 8 lanes and n % 16 == 0")

    @property
    def int8_rows_below(self) -> int:
        """Calls of fewer rows than this run the integer dot products (with ``int8_dot``)."""
        return self.int8_below or max(self.rows, 2)

    @property
    def n(self) -> int:
        """Output columns (all outputs together)."""
        return sum(self.ns)

    @property
    def streams(self) -> int:
        """Weight tiles a register block reads per k step: a pair, or gate and up, else one."""
        return 2 if self.paired or self.family == "linear_swiglu" else 1

    @property
    def name(self) -> str:
        cols = "x".join(str(v) for v in self.ns)
        return (f"{self.family}_k{self.k}_n{cols}" + ("_bias" if self.bias else "")
                + ("_residual" if self.residual else "")
                + ("" if self.weight_format == "f32" else f"_{self.weight_format}") + row_strides_suffix(self))

    def buffer_formats(self) -> dict[str, str]:
        """The weights in their format; x, the biases and the outputs stay f32."""
        return weights_in(self)

    @property
    def args(self) -> tuple[Arg, ...]:
        if self.family == "linear_swiglu":
            return (Arg("x", "in"), *_buffers("weight", "w_gate", "w_up"), Arg("out", "out"), *_sizes("M"))
        many = self.family == "multi_linear"
        idx = [str(j) if many else "" for j in range(len(self.ns))]
        return (Arg("x", "in"), *(Arg(f"w{j}", "weight") for j in idx),
                *(Arg(f"bias{j}", "weight") for j in idx if self.bias),
                *([Arg("residual", "in")] if self.residual else []),
                *(Arg(f"out{j}", "out") for j in idx), *_sizes("M"))


@dataclass(frozen=True, kw_only=True)
class RopeSpec(KernelSpec):
    """Rotate-half RoPE of ``num_heads`` heads of ``head_dim``."""

    FAMILIES = ("rope",)
    family: str = "rope"
    num_heads: int
    head_dim: int
    parallel_min_work: int
    #: each row at its own position (``positions[b] + s``, a slotted decode), not ``offset + s``
    per_row: bool = False

    @property
    def name(self) -> str:
        return f"rope_nh{self.num_heads}_hd{self.head_dim}" + ("_rows" if self.per_row else "")

    @property
    def args(self) -> tuple[Arg, ...]:
        return (Arg("x", "in"), *_buffers("weight", "cos", "sin"),
                *([Arg("positions", "ids")] if self.per_row else []), Arg("out", "out"),
                *_sizes("B", "S", "offset"))


@dataclass(frozen=True, kw_only=True)
class ElementwiseSpec(KernelSpec):
    """``out[i] = f(in_0[i], ...)`` in work items of ``chunk`` elements."""

    FAMILIES = ("swiglu", "silu", "add", "mul")
    chunk: int
    parallel_min_work: int

    @property
    def inputs(self) -> int:
        return 1 if self.family == "silu" else 2

    @property
    def name(self) -> str:
        return f"{self.family}_f32"

    @property
    def args(self) -> tuple[Arg, ...]:
        ins = ("x",) if self.inputs == 1 else ("a", "b")
        return (*_buffers("in", *ins), Arg("out", "out"), *_sizes("count"))


@dataclass(frozen=True, kw_only=True)
class GatherLastSpec(KernelSpec):
    """The last position's row of each sequence."""

    FAMILIES = ("gather_last",)
    family: str = "gather_last"
    hidden: int

    @property
    def name(self) -> str:
        return f"gather_last_h{self.hidden}"

    @property
    def args(self) -> tuple[Arg, ...]:
        return (Arg("x", "in"), Arg("out", "out"), *_sizes("B", "S"))


@dataclass(frozen=True, kw_only=True)
class KVWriteSpec(KernelSpec):
    """New K or V rows of ``dim`` into the cache at ``offset``."""

    FAMILIES = ("kv_write",)
    family: str = "kv_write"
    dim: int
    parallel_min_work: int
    #: row b into sequence ``slot_ids[b]`` at ``positions[b]`` (a slotted decode)
    slotted: bool = False
    #: the format the cache holds: f32, bf16 (rounded to nearest even) or f16
    kv_format: str = "f32"
    #: a ring-buffer cache of ``ring`` rows: position p goes to row p mod ring (0: none)
    ring: int = 0

    def __post_init__(self):
        super().__post_init__()
        if self.kv_format not in KV_FORMATS or self.ring < 0:
            raise ValueError(f"kv_write: kv_format must be one of {', '.join(KV_FORMATS)} and ring >= 0, "
                             f"got {self.kv_format!r}, {self.ring}")

    @property
    def name(self) -> str:
        return (f"kv_write_d{self.dim}" + ("_slots" if self.slotted else "")
                + ("" if self.kv_format == "f32" else f"_{self.kv_format}") + (f"_r{self.ring}" if self.ring else ""))

    def buffer_formats(self) -> dict[str, str]:
        return {"cache": self.kv_format}

    @property
    def args(self) -> tuple[Arg, ...]:
        return (Arg("new", "in"), Arg("cache", "out"), *_slot_tables(self.slotted),
                *_sizes("B", "S", "offset", "CAP", *(["SLOTS"] if self.slotted else [])))


def _slot_tables(slotted: bool) -> list[Arg]:
    """The per-row inputs of a slotted decode's kernels: each row's slot and position (the
    kernels clamp them to ``SLOTS`` and the bound of the positions, as the embedding clamps
    token ids: the runtime checked them, a bad one must still not reach other memory)."""
    return [Arg("slot_ids", "ids"), Arg("positions", "ids")] if slotted else []


# the attention's and the mixture-of-experts families, in modules of their own (registered
# in ``_FAMILIES`` when imported; they read the names above, so they are imported last)
from rlx.lowering.kernels.spec_attention import AttentionSpec  # noqa: E402,F401
from rlx.lowering.kernels.spec_moe import MoEGateSpec, MoEMatmulSpec  # noqa: E402,F401
