"""The kernel builder: a small DSL over xDSL's scf / arith / vector / memref ops.

Every kernel generator of ``lowering/kernels/`` writes its loops with these helpers,
inside the ``ImplicitBuilder`` of the function body :func:`make_func` opens. Index
arithmetic takes SSA values or Python ints and folds int-only expressions (``add(i,
0)`` is ``i``), so static sizes cost no ops; float helpers work on scalars and on
``vector<8xf32>`` alike. Vectors are ``VEC`` f32 lanes (one AVX2 register).

Floats get ``reassoc contract`` fast-math from the ``rlx-fastmath`` pass, and vector
``math.exp`` becomes an inline polynomial in ``expand-math-to-polynomials``: scalar exponentials are therefore computed on a
broadcast vector and lane-extracted (no libm), see :func:`vexp`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from xdsl.builder import ImplicitBuilder
from xdsl.dialects import arith, func, memref, scf, vector
from xdsl.dialects import math as mathd
from xdsl.dialects.builtin import (
    DYNAMIC_INDEX,
    DenseArrayBase,
    FloatAttr,
    IndexType,
    IntegerAttr,
    MemRefType,
    VectorType,
    DenseIntOrFPElementsAttr,
    f16,
    f32,
    i8,
    i16,
    i32,
    i64,
)
from xdsl.ir import Block, Region, SSAValue

from rlx.dialects import arith_ext
from rlx.dialects.rlx_cpu import GRAB_SHARE_ATTR, ParallelIfOp

VEC = 8  # f32 lanes of one AVX2 register

IDX = IndexType()
V8 = VectorType(f32, [VEC])
MF32 = MemRefType(f32, [DYNAMIC_INDEX])
MI32 = MemRefType(i32, [DYNAMIC_INDEX])
#: bf16 values held as their 16 bits (the top half of an f32): no bfloat type reaches LLVM
MI16 = MemRefType(i16, [DYNAMIC_INDEX])
#: bytes: the tiles of a block-quantized (Q8_0) weight, int8 values and f16 scales
MI8 = MemRefType(i8, [DYNAMIC_INDEX])
#: f16 weights (the kernels widen them in registers)
MF16 = MemRefType(f16, [DYNAMIC_INDEX])

# exp() arguments are clamped here: e^-87 ~ 1.6e-38 is still a normal f32 and
# the polynomial never sees arguments it cannot range-reduce.
_EXP_LO = -87.0
_EXP_HI = 88.0

Value = SSAValue | int


# --------------------------------------------------------------------------
# small IR helpers (must be called inside an ImplicitBuilder context)
# --------------------------------------------------------------------------


def ci(v: int) -> SSAValue:
    return arith.ConstantOp(IntegerAttr(int(v), IDX)).result


def cf(v: float) -> SSAValue:
    return arith.ConstantOp(FloatAttr(float(v), f32)).result


def as_value(x: Value) -> SSAValue:
    return ci(x) if isinstance(x, int) else x


def add(a: Value, b: Value) -> Value:
    if isinstance(a, int) and isinstance(b, int):
        return a + b
    if isinstance(b, int) and b == 0:
        return a
    if isinstance(a, int) and a == 0:
        return b
    return arith.AddiOp(as_value(a), as_value(b)).result


def sub(a: Value, b: Value) -> Value:
    if isinstance(a, int) and isinstance(b, int):
        return a - b
    if isinstance(b, int) and b == 0:
        return a
    return arith.SubiOp(as_value(a), as_value(b)).result


def mul(a: Value, b: Value) -> Value:
    if isinstance(a, int) and isinstance(b, int):
        return a * b
    if isinstance(b, int) and b == 1:
        return a
    if isinstance(a, int) and a == 1:
        return b
    return arith.MuliOp(as_value(a), as_value(b)).result


def div(a: Value, b: Value) -> Value:
    """Unsigned index division (all our indices are non-negative)."""
    if isinstance(a, int) and isinstance(b, int):
        return a // b
    if isinstance(b, int) and b == 1:
        return a
    return arith.DivUIOp(as_value(a), as_value(b)).result


def rem(a: Value, b: Value) -> Value:
    if isinstance(a, int) and isinstance(b, int):
        return a % b
    if isinstance(b, int) and b == 1:
        return 0
    return arith.RemUIOp(as_value(a), as_value(b)).result


def round_down(a: Value, m: int) -> Value:
    """``a - a % m`` (largest multiple of m not above a)."""
    if isinstance(a, int):
        return a - a % m
    return mul(div(a, m), m)


def fadd(a, b):
    return arith.AddfOp(a, b).result


def fsub(a, b):
    return arith.SubfOp(a, b).result


def fmul(a, b):
    return arith.MulfOp(a, b).result


def fdiv(a, b):
    return arith.DivfOp(a, b).result


def fmax(a, b):
    """max(a, b) as compare + select (works for scalars and vectors)."""
    gt = arith.CmpfOp(a, b, "ogt").result
    return arith.SelectOp(gt, a, b).result


def fmin(a, b):
    lt = arith.CmpfOp(a, b, "olt").result
    return arith.SelectOp(lt, a, b).result


def index_to_f32(i: Value) -> SSAValue:
    """An index value as f32 (through i64)."""
    return arith.SIToFPOp(arith.IndexCastOp(as_value(i), i64).result, f32).result


def load(mem, idx: Value) -> SSAValue:
    return memref.LoadOp.get(mem, [as_value(idx)]).res


def load_index(mem, idx: Value) -> SSAValue:
    """An ``i32`` element of ``mem`` (a slot, a position the runtime checked) as an index."""
    return arith.IndexCastOp(load(mem, idx), IDX).result


def slot_row(tables, b: Value, slots: Value, last: Value) -> tuple[SSAValue, SSAValue]:
    """Row ``b``'s sequence and position in a slotted decode (``tables``: the ``slot_ids``
    and ``positions`` buffers), clamped to ``slots - 1`` and ``last``."""
    seq = arith.MinUIOp(load_index(tables[0], b), as_value(sub(slots, 1))).result
    return seq, arith.MinUIOp(load_index(tables[1], b), as_value(last)).result


def store(val, mem, idx: Value) -> None:
    memref.StoreOp.get(val, mem, [as_value(idx)])


def vector_of(lanes: int) -> VectorType:
    """``vector<lanes x f32>``: ``VEC`` (one AVX2 register) or 16 (one AVX-512 register)."""
    return V8 if lanes == VEC else VectorType(f32, [lanes])


def lanes_of(v) -> int:
    """The f32 lanes of a vector value."""
    return as_value(v).type.get_shape()[0]


def vload(mem, idx: Value, lanes: int = VEC) -> SSAValue:
    return vector.LoadOp(mem, [as_value(idx)], vector_of(lanes)).result


def vload_bf16(mem, idx: Value, lanes: int = VEC) -> SSAValue:
    """``lanes`` bf16 values of the i16 buffer ``mem`` as ``vector<lanes x f32>``: a bf16 is
    the top half of an f32, so zero-extend, shift left 16 and reinterpret (exact; on
    x86 ``vpmovzxwd`` + ``vpslld``, 2 ops per register)."""
    raw = vector.LoadOp(mem, [as_value(idx)], VectorType(i16, [lanes])).result
    wide = arith_ext.ExtUIOp(raw, VectorType(i32, [lanes])).result
    sixteen = arith.ConstantOp(DenseIntOrFPElementsAttr.from_list(VectorType(i32, [lanes]), [16] * lanes)).result
    return arith.BitcastOp(arith.ShLIOp(wide, sixteen).result, vector_of(lanes)).result


def vload_f16(mem, idx: Value, lanes: int = VEC) -> SSAValue:
    """``lanes`` f16 values of the f16 buffer ``mem`` as ``vector<lanes x f32>`` (exact; on
    x86 ``vcvtph2ps``, F16C)."""
    raw = vector.LoadOp(mem, [as_value(idx)], VectorType(f16, [lanes])).result
    return arith.ExtFOp(raw, vector_of(lanes)).result


def vload_words(mem, idx: Value, lanes: int) -> SSAValue:
    """The ``4 * lanes`` bytes at byte ``idx`` of the byte buffer ``mem`` as
    ``vector<lanes x i32>`` (the 4 bytes of each lane side by side: a group of a
    quantized tile's k steps for one row)."""
    raw = vector.LoadOp(mem, [as_value(idx)], VectorType(i8, [4 * lanes])).result
    return vector.BitcastOp(raw, VectorType(i32, [lanes])).result


def vload_byte(mem, idx: Value) -> SSAValue:
    """The int8 at byte ``idx`` of ``mem``, sign-extended, as ``vector<1xi32>``."""
    raw = vector.LoadOp(mem, [as_value(idx)], VectorType(i8, [1])).result
    return arith_ext.ExtSIOp(raw, VectorType(i32, [1])).result


def signed_bits(v, lo: int, width: int) -> SSAValue:
    """Bits ``[lo, lo + width)`` of each i32 lane of ``v`` as a signed integer: two
    shifts by immediates (one when the field ends at bit 31); no constant vector
    takes a register from the FMA loops."""
    lanes = as_value(v).type.get_shape()[0]
    if lo + width < 32:
        v = arith.ShLIOp(v, int_splat(32 - lo - width, lanes)).result
    return arith.ShRSIOp(v, int_splat(32 - width, lanes)).result if width < 32 else v


def to_f32(v) -> SSAValue:
    """``vector<N x i32>`` as ``vector<N x f32>`` (``vcvtdq2ps``)."""
    return arith_ext.SIToFPOp(v, vector_of(lanes_of(v))).result


def int_splat(value: int, lanes: int, element=i32) -> SSAValue:
    """A constant ``vector<lanes x element>`` holding ``value`` in every lane."""
    return arith.ConstantOp(DenseIntOrFPElementsAttr.from_list(VectorType(element, [lanes]), [value] * lanes)).result


def vload_f16_bytes(mem, idx: Value, lanes: int = VEC) -> SSAValue:
    """``lanes`` f16 values stored at byte ``idx`` of the byte buffer ``mem`` as
    ``vector<lanes x f32>`` (exact; on x86 ``vcvtph2ps``)."""
    raw = vector.LoadOp(mem, [as_value(idx)], VectorType(i8, [2 * lanes])).result
    halves = vector.BitcastOp(raw, VectorType(f16, [lanes])).result
    return arith.ExtFOp(halves, vector_of(lanes)).result


def vstore(val, mem, idx: Value) -> None:
    vector.StoreOp(val, mem, [as_value(idx)])


def to_bf16_bits(v) -> SSAValue:
    """``vector<N x f32>`` rounded to bf16 (to nearest, ties to even, as torch and
    ``numpy`` round), as ``vector<N x i16>`` of its bits; a NaN stays a NaN of its sign,
    made quiet, rather than rounding into the infinities (as ``runtime.packing.bf16_bits``)."""
    lanes = lanes_of(v)
    bits = arith.BitcastOp(v, VectorType(i32, [lanes])).result
    odd = arith.AndIOp(arith.ShRUIOp(bits, int_splat(16, lanes)).result, int_splat(1, lanes)).result
    rounded = arith.AddiOp(arith.AddiOp(bits, int_splat(0x7FFF, lanes)).result, odd).result
    nan = arith.CmpfOp(v, v, "uno").result
    kept = arith.SelectOp(nan, arith.OrIOp(bits, int_splat(0x00400000, lanes)).result, rounded).result
    return arith_ext.TruncIOp(arith.ShRUIOp(kept, int_splat(16, lanes)).result, VectorType(i16, [lanes])).result


def vstore_as(val, mem, idx: Value, fmt: str) -> None:
    """Store ``vector<N x f32>`` into a buffer of ``fmt``: f32, bf16 (an i16 buffer, rounded
    to nearest even) or f16 (``arith.truncf``: ``vcvtps2ph`` with F16C)."""
    if fmt == "bf16":
        val = to_bf16_bits(val)
    elif fmt == "f16":
        val = arith.TruncFOp(val, VectorType(f16, [lanes_of(val)])).result
    vstore(val, mem, idx)


def vload_as(mem, idx: Value, fmt: str, lanes: int = VEC) -> SSAValue:
    """``lanes`` values of a buffer of ``fmt`` (f32, bf16 or f16) as ``vector<lanes x f32>``."""
    return {"f32": vload, "bf16": vload_bf16, "f16": vload_f16}[fmt](mem, idx, lanes)


def load_as(mem, idx: Value, fmt: str) -> SSAValue:
    """One value of a buffer of ``fmt`` as an f32 scalar."""
    return load(mem, idx) if fmt == "f32" else extract(vload_as(mem, idx, fmt, 1), 0)


def bcast(s, lanes: int = VEC) -> SSAValue:
    return vector.BroadcastOp(s, vector_of(lanes)).vector


def vconst(v: float, lanes: int = VEC) -> SSAValue:
    return bcast(cf(v), lanes)


def fma(a, b, acc) -> SSAValue:
    return vector.FMAOp(a, b, acc).res


def reduce_lanes(v, kind: "vector.CombiningKindFlag") -> SSAValue:
    """Horizontal ``kind`` reduction of a vector (of f32 or integers) into a scalar."""
    # ReductionOp.__init__ types the result as the vector type; build it by hand.
    op = vector.ReductionOp.create(
        operands=[v],
        result_types=[as_value(v).type.element_type],
        properties={
            "kind": vector.CombiningKindAttr(kind),
            "fastmath": arith.FastMathFlagsAttr("none"),
        },
    )
    return op.dest


def vsum(v) -> SSAValue:
    """Sum of the 8 lanes of ``v``."""
    return reduce_lanes(v, vector.CombiningKindFlag.ADD)


def extract(v, lane: int) -> SSAValue:
    return vector.ExtractOp(v, [lane], f32).result


def insert(s, v, lane: int) -> SSAValue:
    return vector.InsertOp(s, v, [lane]).result


def shuffle(a, b, mask: Sequence[int]) -> SSAValue:
    """``vector.shuffle`` of two vectors of f32 with a constant mask (lanes n.. are ``b``'s)."""
    return vector.ShuffleOp(a, b, DenseArrayBase.from_list(i64, list(mask)),
                            result_type=VectorType(f32, [len(mask)])).result


def vmax_lanes(v) -> SSAValue:
    """max over the 8 lanes of ``v``."""
    return reduce_lanes(v, vector.CombiningKindFlag.MAXNUMF)


def transpose_sum8(vs: Sequence[SSAValue]) -> SSAValue:
    """8 vectors -> one vector whose lane j is the sum of the lanes of ``vs[j]``.

    Three levels of pairwise shuffles + adds (``vshufps``-shaped masks within 128-bit
    halves, then one cross-half step): 14 shuffles and 7 adds for 8 horizontal sums.
    """
    lo = [0, 2, 8, 10, 4, 6, 12, 14]
    hi = [1, 3, 9, 11, 5, 7, 13, 15]
    # t(a, b) = [a01, a23, b01, b23 | a45, a67, b45, b67]
    t = [fadd(shuffle(vs[i], vs[i + 1], lo), shuffle(vs[i], vs[i + 1], hi)) for i in range(0, 8, 2)]
    # u(ab, cd) = [a0-3, b0-3, c0-3, d0-3 | a4-7, b4-7, c4-7, d4-7]
    u = [fadd(shuffle(t[i], t[i + 1], lo), shuffle(t[i], t[i + 1], hi)) for i in range(0, 4, 2)]
    return fadd(shuffle(u[0], u[1], [0, 1, 2, 3, 8, 9, 10, 11]),
                 shuffle(u[0], u[1], [4, 5, 6, 7, 12, 13, 14, 15]))


def transpose_square(vs: Sequence[SSAValue]) -> list[SSAValue]:
    """n vectors of n lanes (n a power of 2) -> their transpose: lane j of result i is lane
    i of ``vs[j]``. log2(n) stages; stage h swaps the off-diagonal h x h blocks of each
    pair of vectors h apart (two two-source shuffles per pair)."""
    n = len(vs)
    vs, h = list(vs), n // 2
    while h:
        low = [lane if not lane & h else n + lane - h for lane in range(n)]
        high = [lane + h if not lane & h else n + lane for lane in range(n)]
        for i in (i for i in range(n) if not i & h):
            vs[i], vs[i + h] = shuffle(vs[i], vs[i + h], low), shuffle(vs[i], vs[i + h], high)
        h //= 2
    return vs


def vsilu(g) -> SSAValue:
    """silu on a vector of f32: g * sigmoid(g) = g / (1 + exp(-g))."""
    n = lanes_of(g)
    e = vexp(fsub(vconst(0.0, n), g))
    return fdiv(g, fadd(vconst(1.0, n), e))


def vexp(v) -> SSAValue:
    """exp on a vector of f32, argument clamped to the polynomial's safe range."""
    n = lanes_of(v)
    v = fmin(fmax(v, vconst(_EXP_LO, n)), vconst(_EXP_HI, n))
    return mathd.ExpOp(v).result


def tree_sum(vals: Sequence[SSAValue], add=fadd) -> SSAValue:
    vals = list(vals)
    while len(vals) > 1:
        nxt = [add(vals[i], vals[i + 1]) for i in range(0, len(vals) - 1, 2)]
        if len(vals) % 2:
            nxt.append(vals[-1])
        vals = nxt
    return vals[0]


def for_(
    lb: Value,
    ub: Value,
    step: Value,
    init: Sequence[SSAValue],
    body: Callable[..., Sequence[SSAValue] | None],
) -> list[SSAValue]:
    """``scf.for`` with iter_args; ``body(iv, *carried)`` returns the new carried values."""
    init = [SSAValue.get(x) for x in init]
    lb_v, ub_v, step_v = as_value(lb), as_value(ub), as_value(step)
    blk = Block(arg_types=[IDX, *[x.type for x in init]])
    with ImplicitBuilder(blk):
        res = body(blk.args[0], *blk.args[1:])
        scf.YieldOp(*(res or ()))
    return list(scf.ForOp(lb_v, ub_v, step_v, init, Region(blk)).results)


def if_(cond, then_fn: Callable[[], None], else_fn: Callable[[], None] | None = None):
    """``scf.if`` without results."""
    tb = Block()
    with ImplicitBuilder(tb):
        then_fn()
        scf.YieldOp()
    eb = None
    if else_fn is not None:
        eb = Block()
        with ImplicitBuilder(eb):
            else_fn()
            scf.YieldOp()
    scf.IfOp(cond, [], Region(tb), Region(eb) if eb is not None else None)


def parallel(lb: Value, ub: Value, body: Callable[[SSAValue], None], work: Value | None = None,
             min_work: int = 0, share: int = 0) -> None:
    """1-D ``scf.parallel`` (step 1) without reductions: the threaded outer loop.

    With ``work`` (an estimate of the call's multiply-adds), calls with less than
    ``min_work`` (the spec's ``parallel_min_work``, chosen in ``select``) run the loop
    on the calling thread, so small calls never pay for waking the threads: a dynamic
    ``work`` puts the loop in a ``rlx_cpu.parallel_if`` (work >= min_work), a static
    one picks here. ``share`` (0: the dispatch's default): each grab of the threads
    takes the unassigned iterations / (``share`` x threads) (``GRAB_SHARE_ATTR``,
    carried to ``rlx_cpu.parallel_dispatch`` by rlx-outline-parallel).
    """
    lb_v, ub_v, one = as_value(lb), as_value(ub), ci(1)

    def threaded() -> scf.ParallelOp:
        blk = Block(arg_types=[IDX])
        with ImplicitBuilder(blk):
            body(blk.args[0])
            scf.ReduceOp()
        loop = scf.ParallelOp([lb_v], [ub_v], [one], Region(blk))
        if share:
            loop.attributes[GRAB_SHARE_ATTR] = IntegerAttr(share, 64)
        return loop

    if isinstance(work, int) and work < min_work:
        for_(lb_v, ub_v, 1, [], body)
    elif work is None or isinstance(work, int):
        threaded()
    else:
        big = arith.CmpiOp(as_value(work), ci(min_work), "uge").result
        loop = threaded()
        loop.detach()  # built in place by the implicit builder: it goes inside the parallel_if
        ParallelIfOp(big, loop)


def vec_then_scalar(
    n: Value,
    vec_body: Callable[[SSAValue], None],
    scalar_body: Callable[[SSAValue], None],
    start: Value = 0,
) -> None:
    """Run ``vec_body(i)`` for i = start, start+8, ... and ``scalar_body(i)`` on the tail."""
    if isinstance(n, int) and isinstance(start, int):
        nv = start + (n - start) // VEC * VEC
        if nv > start:
            for_(start, nv, VEC, [], lambda i: vec_body(i))
        if n > nv:
            for_(nv, n, 1, [], lambda i: scalar_body(i))
        return
    nv = add(start, round_down(sub(n, start), VEC))
    for_(start, nv, VEC, [], lambda i: vec_body(i))
    for_(nv, n, 1, [], lambda i: scalar_body(i))


def copy(src, src_off: Value, dst, dst_off: Value, length: int, dst_format: str = "f32") -> None:
    """dst[dst_off : dst_off+length] = src[src_off : ...] (static length); ``dst_format``:
    the f32 values rounded into a bf16 or f16 buffer (:func:`vstore_as`)."""
    if dst_format != "f32":
        vec_then_scalar(
            length,
            lambda i: vstore_as(vload(src, add(src_off, i)), dst, add(dst_off, i), dst_format),
            lambda i: vstore_as(vload(src, add(src_off, i), 1), dst, add(dst_off, i), dst_format),
        )
        return
    vec_then_scalar(
        length,
        lambda i: vstore(vload(src, add(src_off, i)), dst, add(dst_off, i)),
        lambda i: store(load(src, add(src_off, i)), dst, add(dst_off, i)),
    )


def make_func(name: str, arg_types: Sequence, body: Callable[..., None]) -> func.FuncOp:
    """A private ``func.func`` whose body is ``body(*args)`` (built detached, so a
    generator called inside a caller's ``ImplicitBuilder`` adds nothing there)."""
    blk = Block(arg_types=list(arg_types))
    with ImplicitBuilder(blk):
        body(*blk.args)
        func.ReturnOp()
    fn = func.FuncOp(name, (list(arg_types), []), Region(blk), visibility="private")
    if fn.parent is not None:  # created inside a caller's ImplicitBuilder
        fn.detach()
    return fn
