"""Kernel selection: every strategy choice of the kernels, made in one place.

Pure functions from an op's static parameters to the typed spec of the kernel that
implements it: which attention variant, which matmul register block, the serial vs
parallel threshold, block sizes. The generators build what the spec says. ``target``
(:class:`rlx.lowering.target.Target`, ``None``: untargeted) is what the choices read:
the matmul register block and its vector width follow the target's vector registers
(zmm tiles on AVX-512, blocks that fit 16 ymm on AVX2), and so do the blocked
attention's steps; the other choices are the same on every target (8-lane f32
vectors, tuned on Zen 4 and Sapphire Rapids). ``python -m bench.blocks`` times the
candidates for a target, and ``rlxc tune`` records measured winners that replace
the register blocks (:mod:`rlx.lowering.kernels.tuning`: the candidates, ``with_block``,
``with_attention_steps``; applied by ``rlx-to-loops{tuning=...}``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from rlx.runtime.packing import LINEAR_TILE
from rlx.lowering.kernels.builder import VEC
from rlx.lowering.kernels.spec import (AttentionSpec, ElementwiseSpec, EmbedSpec, GatherLastSpec, KVWriteSpec,
                                      MatmulSpec, MoEGateSpec, MoEMatmulSpec, RMSNormSpec, RopeSpec)

#: Below this many multiply-adds a kernel call runs its "parallel" loop serially: waking
#: the OpenMP team costs ~10 us under OMP_WAIT_POLICY=passive (~3 us active), more
#: than the whole call of a small matvec (512K MACs: a 2 MiB weight at one token, ~40 us
#: from L3 on one core).
PARALLEL_MIN_WORK = 1 << 19

#: Rows of ``x`` per block of the tiled matmul: ``MATMUL_PANEL_BYTES`` of them (a panel
#: that stays in L2 while every tile of a tile group runs over it).
MATMUL_PANEL_BYTES = 256 * 1024
#: Register-tiled rows of the matmul micro-kernel: 6 rows x 16 columns = 12 vector
#: accumulators (slack over the 8 an FMA latency of 4 at 2 FMAs/cycle needs), 2
#: weight vectors and a broadcast: 15 registers, within AVX2's 16.
MATMUL_ROWS = 6
#: Register-tiled rows when the tiles come in pairs: 4 rows x 32 columns = 16
#: accumulators, the 4 weight vectors of a k step read as FMA memory operands (the
#: block of ``linear_swiglu``). With half the broadcasts per FMA of the 6 x 16 block
#: it measured 2-8% faster on Zen 4 (prefill shapes of the 0.6B model).
PAIRED_ROWS = 4
#: On a target with 16 vector registers (AVX2) the 4 x 32 block's 16 accumulators spill
#: (22 stack accesses per k step on znver2; LLVM keeps the weights in registers rather
#: than as FMA memory operands), and so do 3 rows of 4 accumulators (12 + 4 weights + the
#: broadcast = 17). There the linears use the unpaired 6 x 16 block (15 registers) and
#: ``linear_swiglu`` 6 rows over each 8-column half of a tile in turn (12 accumulators
#: + 2 weights + 1: 170-180 GFLOP/s against 140 for 2 rows x 16 columns, 0.6B shapes
#: on a Sapphire Rapids host compiled for x86-64-v3), or 2 rows x 16 columns when n is
#: not a multiple of 16: spill-free, checked by tests/test_target_kernels.py on the
#: assembly for each target.
SWIGLU_ROWS_16_REGISTERS = 6
SWIGLU_ROWS_16_REGISTERS_PARTIAL = 2
#: On an AVX-512 target the tiles are one ``vector<16xf32>`` (zmm) each, so a block
#: holds half the accumulators of the same shape in ``vector<8xf32>``; the rows grow to
#: keep 10-16 FMA chains in flight: unpaired ROWS x 16, paired and ``linear_swiglu``
#: ROWS x 32 (two zmm per row). With the x values as broadcast memory operands the
#: 32 registers hold the accumulators and the weight vectors of a k step.
MATMUL_ROWS_ZMM = 10
PAIRED_ROWS_ZMM = 8
SWIGLU_ROWS_ZMM = 8
#: Where a zmm FMA issues whole (two per cycle: ``Target.fma_bits`` 512), a block of 8
#: rows reads its two weight vectors (128 bytes) every 8 cycles from L2; 12 rows every
#: 12 (24 accumulators + 2 weights + a broadcast: 27 registers). 2-core Sapphire Rapids
#: VM, 512 rows, 2 threads, interleaved: linear K = 1024, N = 2048 1.06x, K = 3072, N =
#: 1024 1.09x, ``linear_swiglu`` K = 1024, N = 3072 1.08x (and a batched decode step of
#: 8 rows 1.04x); 10 and 14 rows in between or below, unpaired 10 x 16 unchanged by 12.
#: Zen 4 (two 256-bit halves per zmm FMA) measured its best at 6-8 rows.
PAIRED_ROWS_ZMM_FULL_WIDTH = 12
SWIGLU_ROWS_ZMM_FULL_WIDTH = 12
#: The most bytes of dequantized f32 tiles a matmul stages on a thread's stack (the
#: 0.6B model's largest, ``down_proj``'s k = 3072, is 192 KiB; an 8B model's 768 KiB
#: reads its Q8_0 tiles in registers instead)
MATMUL_STAGE_BYTES = 512 << 10
#: The most bytes of ``x`` in a panel of a matmul that stages its tiles: each (tile group,
#: panel) item widens its tiles again, so a larger panel widens them fewer times; it
#: shares half the target's L2 with the staged copy. Sapphire Rapids VM, 512 rows,
#: interleaved: 120-240 rows instead of 60 ran 1.04-1.09x (bf16 linear K = 1024, N =
#: 2048; Q8_0 ``linear_swiglu`` K = 1024, N = 3072).
MATMUL_STAGED_PANEL_BYTES = 1 << 20
#: Rows an unstaged block-format block gives up for what it holds beyond the f32 block's
#: accumulators and broadcasts: its scale vectors, and the words of a k group whose field
#: (one k step per iteration, chosen at run time) is shifted out; the largest spill-free
#: blocks found by tests/test_target_kernels.py: 3 x 16 on znver2 (16 registers), 4 x 32
#: on znver4 (a two-stream block on 32)
Q8_0_ROWS_LESS = 4
Q8_0_ROWS_LESS_16_REGISTERS = 3
#: Independent FMA chains of a single row (decode): k unrolled by this / streams.
MATMUL_CHAINS = 4
#: FMA chains of a single row over block-quantized tiles on 16 registers (the rows of a
#: prefill that follow its last register block; k unrolled by this / streams): each
#: stream's k group of two words and its two scale vectors stay in registers, so 4
#: chains of two vectors would spill
Q8_0_SINGLE_ROW_CHAINS_16_REGISTERS = 2
#: Independent ``vpdpbusd`` accumulators of a single row over all its tile vectors
#: (per vector: this / (streams x vectors per tile)): its latency is 4-5 cycles.
INT8_DOT_CHAINS = 4
#: Most tile vectors one loop of the integer dot products accumulates (each with its
#: integer and f32 accumulators, beside the constants and the broadcast activations):
#: more (two streams of ymm halves on AVX2) and each vector gets its own loop over k
INT8_DOT_VECTORS = 2
#: Tile groups ahead (the tiles a thread reads next) whose lines the integer dot products
#: prefetch into L2, block by block. Each group starts streams the hardware prefetcher
#: has not seen: a q4_0 decode matvec of K = 1024 (a 9 KiB tile pair per group) streamed
#: 14.7 GB/s on one Zen 4 core without, 22.2 with; the LM head of the 0.6B model on 2
#: threads 28.3 -> 35.2 GB/s (q4_0) and 31.7 -> 39.1 (q8_0). Into L1 it was slower. On
#: 16 registers too (AVX2 code on the same host, 2 threads): q4_0 LM head 17-21 -> 36-37
#: GB/s, K = 1024 x N = 3072 14.7 -> 21.3; q8_0 with its tile vectors split
#: (:func:`_dot_split`) LM head 23-27 -> 38-53, K = 1024 x N = 2048 17-19 -> 25-26.
INT8_PREFETCH_GROUPS = 1
#: The integer dot products' calls (decode) grab the unassigned tiles / (1 x threads),
#: not / 2: each grab starts a thread's streams somewhere new, and the next-tile prefetch
#: misses at a grab's end. Q8_0 swiglu matvec K = 1024, N = 3072 from DRAM, 2 threads
#: of a Sapphire Rapids VM: 1.065x (/ 4: 0.96x).
INT8_DOT_SHARE = 1
#: Rows the integer dot products run together (a batched decode step): per row and tile
#: vector an integer and an f32 accumulator, and the row's broadcast activations. The
#: largest spill-free counts (tests/test_target_kernels.py): 4 rows with ``vpdpbusd`` on
#: 32 registers, 2 with ``vpmaddubsw`` + ``vpmaddwd`` (their i16 partial sums), and on 16
#: one (2 rows of two ymm vectors spill on znver2: each row's activation signs and
#: magnitudes).
INT8_DOT_ROWS = 4
INT8_DOT_ROWS_PMADDUBSW = 2
INT8_DOT_ROWS_16_REGISTERS = 1
#: The integer dot products also take calls of up to two such row blocks (a decode step
#: of 8 sequences), where the register block would widen every tile to f32 first: on
#: znver4, Q8_0, 0.6B dims, 8 rows took 101 ms per step that way against 33 ms for 4 rows
#: of integer dot products.
INT8_DOT_BLOCKS = 2
#: The smallest register block run for the rows left after a matmul's blocks (the
#: blocks are the powers of two below its rows down to this: :func:`tail_rows`)
MIN_TAIL_BLOCK = 2
#: The fewest rows of a block that gets tail blocks: smaller ones are the
#: block-quantized weights' prefill blocks on 16 registers, where a 2-row tail's code
#: made LLVM reload a pointer from the stack in the 3-row block's loop (znver2, Q4_0,
#: K = 8192)
MIN_BLOCK_WITH_TAILS = 4
#: Register blocks of several rows over f32 weights prefetch the next tile's line each k
#: step (``matmul._prefetch_block_lines``). A batched decode step reads each tile from
#: memory once for all its rows, and a block spends several times a single row's
#: instructions per line: its out-of-order window alone left the memory idle. Linear K =
#: 1024, N = 3072 on a 2-core Zen 4, M rows against one row, same run: as AVX2 code (6 x
#: 16 blocks) M = 6 1.54 -> 1.07, M = 8 (6 + 2) 1.86 -> 1.27, 64 rows 5.66 -> 5.03; as
#: AVX-512 code 10 x 16 blocks M = 8 2.23 -> 1.85, 64 rows 9.51 -> 8.22; the 8 x 32 paired
#: blocks neutral within the noise (M = 4 1.00 / 1.05, M = 8 1.18 / 1.14, 64 rows 5.19 /
#: 4.88); a prefill of 512 rows unchanged.
#:
#: Blocks of ``vector<16xf32>`` (zmm) prefetch instead their own tile's line
#: ``BLOCK_PREFETCH_AHEAD`` k steps ahead into L1 (``prefetcht0``): a zmm block re-reads its tile
#: from L2 for every block of a panel's rows, a line per 8 FMAs, faster than the hardware brings
#: the lines into L1. 2-core Sapphire Rapids VM, 2 threads, one process, interleaved, against the
#: next tile's line: prefill shapes (512 rows) linear K = 1024, N = 2048 287 -> 344 GFLOP/s,
#: K = 3072, N = 1024 275 -> 346, swiglu K = 1024, N = 3072 285 -> 318; a batched decode step
#: (K = 1024, N = 3072, weights streamed from DRAM) 8 rows 1.04x, 4 rows 1.03x. As AVX2 code (ymm)
#: it lost 5-6% in the batched decode and gained 0-3% in the prefill: ymm keeps the next tile's line.
BLOCK_PREFETCH = True
BLOCK_PREFETCH_AHEAD = 16
#: FMA chains a register block of several rows keeps at least (an FMA latency of 4 at 2 FMAs per
#: cycle): a tail of 2 rows x 16 columns (4 accumulators) unrolls k by 2. AVX2 code, one Zen 4
#: thread, L2-resident weights, K = 1024: a linear's 2 rows 44 -> 53 GFLOP/s, 8 rows 81 -> 90.
BLOCK_FMA_CHAINS = 8
#: k steps per loop iteration of an f32 block on 16 registers (AVX2, SPR VM, bench.blocks: 1.01-1.10x)
BLOCK_STEPS_16_REGISTERS = 4
#: ``linear_swiglu``'s half-tile blocks (``halves=2``) run tails of at most this many
#: rows over whole tiles (2 rows x 2 streams x 2 vectors: 8 accumulators + 4 weight
#: vectors + a broadcast fit 16 registers): a half-tile pass reads every weight line,
#: so small blocks read the tile twice from L2. AVX2 code, one Zen 4 thread, L2-resident
#: weights: 2 rows 34 -> 46 GFLOP/s, 8 rows (6 + 2) 68 -> 80; 4 rows over whole tiles
#: spill (63 -> 49).
SWIGLU_WHOLE_TILE_ROWS = 2
#: A single row (decode) of an unpaired f32/bf16/f16 matmul reads two tiles at once: one
#: stream per thread kept the memory less busy. AVX2 code, SPR VM, 2 threads, K = 1024, N =
#: 3072 from DRAM: f32 25.3 -> 30.0 GB/s, bf16 18.9 -> 22.0, f16 18.0 -> 20.9.
ROW_PAIRS = True
#: Most tiles (or pairs) per work item of the tiled matmul.
MATMUL_MAX_GROUP = 16
#: A tile group (a work item's tiles, run over one panel of rows after another) takes at
#: most 1 / this of L2 (at least 2 tiles), so the next panel finds it there. Groups of 16
#: (2 MiB) thrashed Sapphire Rapids' 2 MiB L2: 512 rows, weights from beyond L2, 2
#: threads, swiglu K = 1024, N = 3072 1.03-1.04x with 8, paired K = 1024, N = 4096 1.06x.
MATMUL_GROUP_L2_SHARE = 2

ATTN_QUERY_BLOCK = 16  # query positions per work item of the blocked attention
ATTN_KEY_BLOCK = 32  # keys per full key block of the blocked attention (a multiple of 8)
#: Blocked attention steps: on 16 registers scores 4 keys x 2 groups (8 x 2 spill), values
#: 2 rows x 4 vectors (2 x 8 spill); on 32, 8 keys and 8 vectors.
ATTN_SCORE_KEYS_16_REGISTERS = 4
ATTN_VALUE_CHUNK_16_REGISTERS = 4
ATTN_SCORE_KEYS = 8
#: On AVX-512 the blocked attention's groups are 16 rows in zmm lanes (``AttentionSpec.lanes``):
#: 8 keys x 2 groups of scores, 2 rows x 8 zmm vectors of values, 32 query positions an item
#: (0.6B heads, S = T = 512 / 2048, 2 threads: 1.07x / 1.11x over 16). Over 8-row groups: 1.5x
#: on Sapphire Rapids; 1.16x / 1.12-1.14x on Zen 4, whose zmm FMA issues in two halves.
ATTN_VALUE_CHUNK_ZMM = 8
ATTN_QUERY_BLOCK_ZMM = 32

#: Split-K decode attention: keys per chunk (at least), the most chunks (work items)
#: per call, and the stack budget of the per-item partials.
DECODE_MIN_KEYS = 32
DECODE_MAX_CHUNKS = 8
DECODE_SCRATCH_BYTES = 128 << 10  # on the calling thread's stack
#: The split-K decode attention runs on every thread from this much work (rows x keys x
#: query heads x head_dim): it streams the KV rows from memory, which one core does at
#: half the machine's bandwidth, and inside an entry call a parallel loop costs the
#: team's spin (``lowering/llvm/team.py``), not a wake-up. With ``PARALLEL_MIN_WORK``
#: a step at 160 cached keys (0.6B dims: 327,680) ran on one thread.
DECODE_PARALLEL_MIN_WORK = 1 << 14
#: decode split-K steps: 2 query heads per K/V load, the 8 keys' rows front to back, 4 V
#: vectors (2 cache lines) per values step, the merge in one pass -- on 32 registers; on
#: 16 one head per step and one query vector at a time (2 x 16 query vectors of a 128
#: head_dim spilled 68 stores per key block on AVX2), the merge 4 vectors per pass
DECODE_STEPS = dict(step_heads=2, value_chunk=4)
DECODE_STEPS_16_REGISTERS = dict(step_heads=1, score_order="vectors", value_chunk=4, merge_vectors=4)

ELEMENTWISE_CHUNK = 4096  # elements per work item of the elementwise kernels


def embed(hidden: int, vocab: int, packed: bool = False, target=None, weight_format: str = "f32") -> EmbedSpec:
    return EmbedSpec(hidden=hidden, vocab=vocab, packed=packed, parallel_min_work=PARALLEL_MIN_WORK,
                     weight_format=weight_format)


def rms_norm(dim: int, group: int, eps: float, target=None) -> RMSNormSpec:
    if group <= 0 or dim % group:
        raise ValueError(f"rms_norm: group {group} must divide dim {dim}")
    return RMSNormSpec(dim=dim, group=group, eps=float(eps), parallel_min_work=PARALLEL_MIN_WORK)


def _matmul(family: str, k: int, ns: tuple[int, ...], bias: bool, paired: bool, streams: int,
            rows: int, lanes: int = VEC, l2_bytes: int = 0) -> MatmulSpec:
    """The tiling of a matmul whose blocks read ``streams`` weight tiles per k step as
    vectors of ``lanes`` f32, its tile groups within ``l2_bytes`` (0: no bound)."""
    ntiles = -(-sum(ns) // LINEAR_TILE)
    blocks = ntiles // 2 if paired else ntiles
    group = min(MATMUL_MAX_GROUP, blocks // 8)
    if l2_bytes:
        group = min(group, max(2, l2_bytes // MATMUL_GROUP_L2_SHARE // (streams * k * LINEAR_TILE * 4)))
    return MatmulSpec(
        family=family, k=k, ns=ns, bias=bias, rows=rows, paired=paired, lanes=lanes,
        kunroll=min(MATMUL_CHAINS // streams, k),
        panel_rows=max(rows, (MATMUL_PANEL_BYTES // (4 * k)) // rows * rows),
        tile_group=max(1, group),
        parallel_min_work=PARALLEL_MIN_WORK, tail_rows=tail_rows(rows), block_chains=BLOCK_FMA_CHAINS,
        **_block_prefetch(lanes))


def _block_prefetch(lanes: int) -> dict:
    """What a register block of ``vector<lanes x f32>`` prefetches (``BLOCK_PREFETCH``)."""
    if not BLOCK_PREFETCH:
        return {}
    if lanes == 16:
        return dict(block_prefetch="l1_ahead", prefetch_steps=BLOCK_PREFETCH_AHEAD)
    return dict(block_prefetch="next_tile")


def _panel_rows(spec: MatmulSpec, rows: int, staged_bytes: int, target) -> int:
    """A block-format matmul's panel: whole blocks of ``rows``; with a staged copy of
    ``staged_bytes`` (0: none) up to ``MATMUL_STAGED_PANEL_BYTES`` of ``x``, within half
    the target's L2 beside the copy."""
    panel = spec.panel_rows
    if staged_bytes and target is not None:
        budget = min(MATMUL_STAGED_PANEL_BYTES, target.l2_bytes // 2 - staged_bytes)
        panel = max(panel, budget // (4 * spec.k))
    return max(rows, panel // rows * rows)


def _staged_prefetch(spec: MatmulSpec, stage: bool) -> dict:
    """A block-format matmul's block prefetch: its staged f32 copy is re-read like f32
    tiles in L2 (``l1_ahead`` stays); packed tiles get none (the next tile's line of a
    block format is not 16 f32 values)."""
    if stage and spec.block_prefetch == "l1_ahead":
        return dict(block_prefetch="l1_ahead", prefetch_steps=spec.prefetch_steps)
    return dict(block_prefetch="none", prefetch_steps=0)


def _few_registers(target) -> bool:
    """Fewer than AVX-512's 32 vector registers (``None``: untargeted, 32)."""
    return target is not None and target.vector_registers < 32


def zmm_tiles(target) -> bool:
    """Matmul tiles as ``vector<16xf32>``: the target has AVX-512."""
    return target is not None and target.vector_bits >= 512


def _full_width_zmm(target) -> bool:
    """The target issues a zmm FMA whole (512-bit FMA units), two per cycle."""
    return zmm_tiles(target) and target.fma_bits >= 512


def linear_block(paired: bool, target) -> tuple[int, int]:
    """(rows, lanes) of the register block of a linear or multi_linear."""
    if zmm_tiles(target):
        if paired:
            return (PAIRED_ROWS_ZMM_FULL_WIDTH if _full_width_zmm(target) else PAIRED_ROWS_ZMM), 16
        return MATMUL_ROWS_ZMM, 16
    return (PAIRED_ROWS if paired else MATMUL_ROWS), VEC


def _stored_as(spec: MatmulSpec, weight_format: str, target=None) -> MatmulSpec:
    """``spec`` reading its weights in ``weight_format``. The weights are widened to f32
    in registers, so the accumulators and the broadcasts are unchanged. A tile is
    staged (widened once into an f32 stack copy that the f32 block reads: no widening
    per row block) when the copies of a block's tiles fit ``MATMUL_STAGE_BYTES``; a
    single row (decode) still reads the packed bytes, which is what saves bandwidth. Without staging the block
    also holds its scale vectors across a block's 32 k steps, which do not fit beside
    the accumulators of a block on 16 registers or of a two-stream block (paired tiles,
    gate and up) on 32: those have ``Q8_0_ROWS_LESS*`` fewer rows. Calls of fewer rows
    than a block (decode) take the target's integer dot product (:func:`int8_dot`)."""
    if weight_format == "f32":
        return spec
    rows = spec.rows
    streams = spec.streams
    copy_bytes = streams * spec.k * LINEAR_TILE * 4  # a block's tiles widened to f32
    stage = copy_bytes <= MATMUL_STAGE_BYTES
    if weight_format in ("q8_0", "q4_0") and not stage and (_few_registers(target) or streams == 2):
        rows = max(1, rows - (Q8_0_ROWS_LESS_16_REGISTERS if _few_registers(target) else Q8_0_ROWS_LESS))
    kunroll = spec.kunroll
    if weight_format in ("q8_0", "q4_0") and _few_registers(target):  # a single row holds 2 words and 2 scales
        kunroll = max(1, min(kunroll, Q8_0_SINGLE_ROW_CHAINS_16_REGISTERS // streams))
    dot = int8_dot(target, spec.lanes) if weight_format in ("q8_0", "q4_0") else ""
    vectors = streams * LINEAR_TILE // spec.lanes  # tile vectors a single row accumulates
    chains = max(1, INT8_DOT_CHAINS // vectors) if dot == "vpdpbusd" else 1
    dot_rows = (1 if not dot else INT8_DOT_ROWS_16_REGISTERS if _few_registers(target)
                else INT8_DOT_ROWS if dot == "vpdpbusd" else INT8_DOT_ROWS_PMADDUBSW)
    below = max(rows, 2, INT8_DOT_BLOCKS * dot_rows + 1) if dot else 0
    return dataclasses.replace(spec, weight_format=weight_format, rows=rows, tail_rows=tail_rows(rows),
                               **_staged_prefetch(spec, stage), stage=stage,
                               panel_rows=_panel_rows(spec, rows, copy_bytes if stage else 0, target), kunroll=kunroll,
                               int8_dot=dot, dot_chains=chains, dot_rows=dot_rows, int8_below=below,
                               dot_split=_dot_split(dot, vectors, weight_format, target),
                               prefetch_groups=_prefetch_groups(dot), dot_share=INT8_DOT_SHARE if dot else 0)


def _prefetch_groups(dot: str) -> int:
    """``INT8_PREFETCH_GROUPS`` for the integer dot products (on every target)."""
    return INT8_PREFETCH_GROUPS if dot else 0


def _dot_split(dot: str, vectors: int, weight_format: str, target) -> bool:
    """Run each tile vector of the integer dot products in its own loop over k: more than ``INT8_DOT_VECTORS`` of
    them, or Q8_0 on 16 registers, where each row's sign and magnitude broadcasts beside two vectors and the
    prefetch's addresses spilled a vector per block (znver2's schedule); split: spill-free, as fast or faster."""
    return bool(dot) and (vectors > INT8_DOT_VECTORS or (weight_format == "q8_0" and _few_registers(target)))


def tail_rows(rows: int) -> tuple[int, ...]:
    """The smaller register blocks after a matmul's blocks of ``rows``: the powers of two
    below ``rows``, largest first, down to ``MIN_TAIL_BLOCK``. A batched decode step of
    2, 4 or 8 sequences is one block (reading each weight tile once instead of once per
    row), and any other count at most one block of each size and a single row: on 16
    registers (6-row blocks) a step of 4 sequences ran 1.23x a single row's time as 3 + 1
    rows, 1.11x as 2 + 2 (with ``BLOCK_PREFETCH``). None below ``MIN_BLOCK_WITH_TAILS``."""
    if rows < MIN_BLOCK_WITH_TAILS:
        return ()
    top = (rows - 1).bit_length() - 1  # 2**top: the largest power of two below rows
    return tuple(1 << e for e in range(top, -1, -1) if 1 << e >= MIN_TAIL_BLOCK)


def int8_dot(target, lanes: int) -> str:
    """The integer dot product of the block-quantized matmuls at few rows on ``target``
    in vectors of ``lanes`` i32: ``vpdpbusd`` with VNNI (AVX-512's for zmm; AVX-VNNI or
    AVX-512VL's for ymm), else ``pmaddubsw`` (AVX2 for ymm, AVX-512BW for zmm), else ""
    (untargeted, or no AVX2: the weights are widened to f32)."""
    features = target.features if target is not None else frozenset()
    if "avx2" not in features:
        return ""
    if lanes == 16:
        return "vpdpbusd" if "avx512vnni" in features else "pmaddubsw" if "avx512bw" in features else ""
    vnni = "avxvnni" in features or {"avx512vnni", "avx512vl"} <= features
    return "vpdpbusd" if vnni else "pmaddubsw"


def linear(k: int, n: int, bias: bool, target=None, weight_format: str = "f32",
           residual: bool = False) -> MatmulSpec:
    """Tiles in pairs (``PAIRED_ROWS`` x 32 blocks) when ``n`` is a multiple of 32 and the target has 32 vector
    registers, else ``MATMUL_ROWS`` x 16 (zmm on AVX-512: ``*_ROWS_ZMM``); ``residual`` is added as stored."""
    if k <= 0 or n <= 0:
        raise ValueError(f"linear: k={k}, n={n} must be positive")
    paired = n % (2 * LINEAR_TILE) == 0 and not _few_registers(target)
    return dense("linear", k, (n,), bias, Block(*linear_block(paired, target), paired), target, weight_format, residual)


def multi_linear(k: int, ns: Sequence[int], bias: bool, target=None, weight_format: str = "f32") -> MatmulSpec:
    """As :func:`linear`, paired when every output is a multiple of 32 columns."""
    ns = tuple(int(v) for v in ns)
    if len(ns) < 2 or any(v <= 0 or v % LINEAR_TILE for v in ns) or k <= 0:
        raise ValueError(f"multi_linear: needs >= 2 outputs with multiples of 16 columns, got {ns}")
    paired = all(v % (2 * LINEAR_TILE) == 0 for v in ns) and not _few_registers(target)
    return dense("multi_linear", k, ns, bias, Block(*linear_block(paired, target), paired), target, weight_format)


def linear_swiglu(k: int, n: int, target=None, weight_format: str = "f32") -> MatmulSpec:
    """Single tiles that stream the gate and the up weight: ``PAIRED_ROWS`` x 16 blocks
    (``SWIGLU_ROWS_16_REGISTERS`` on a target with 16 vector registers,
    ``SWIGLU_ROWS_ZMM`` in zmm vectors on AVX-512)."""
    if k <= 0 or n <= 0:
        raise ValueError(f"linear_swiglu: k={k}, n={n} must be positive")
    return dense("linear_swiglu", k, (n,), False, swiglu_block(n, target), target, weight_format)


@dataclasses.dataclass(frozen=True)
class Block:
    """A dense matmul's register block: ``rows`` x 16 columns (x 32 ``paired``) of
    ``vector<lanes x f32>``; ``linear_swiglu`` with ``halves=2`` runs it over each
    8-column half of a tile in turn. Written ``rows:lanes:p|u[:halves]`` (the tuning
    record's and ``python -m bench.blocks``' notation)."""

    rows: int
    lanes: int
    paired: bool = False
    halves: int = 1

    def __str__(self) -> str:
        return f"{self.rows}:{self.lanes}:{'p' if self.paired else 'u'}" + (f":{self.halves}" if self.halves != 1 else "")

    @staticmethod
    def parse(text: str) -> "Block":
        parts = text.split(":")
        if len(parts) not in (3, 4) or parts[2] not in ("p", "u") or not all(p.isdigit() for p in parts[:2] + parts[3:]):
            raise ValueError(f"'{text}' is not a matmul block (rows:lanes:p|u[:halves], e.g. 8:16:u)")
        return Block(int(parts[0]), int(parts[1]), parts[2] == "p", int(parts[3]) if len(parts) == 4 else 1)


def swiglu_block(n: int, target) -> Block:
    if zmm_tiles(target):
        return Block(SWIGLU_ROWS_ZMM_FULL_WIDTH if _full_width_zmm(target) else SWIGLU_ROWS_ZMM, 16)
    if _few_registers(target):
        if n % LINEAR_TILE:
            return Block(SWIGLU_ROWS_16_REGISTERS_PARTIAL, VEC)
        return Block(SWIGLU_ROWS_16_REGISTERS, VEC, halves=2)
    return Block(PAIRED_ROWS, VEC)


def dense(family: str, k: int, ns: tuple[int, ...], bias: bool, block: Block, target,
           weight_format: str, residual: bool = False) -> MatmulSpec:
    """The spec of a dense matmul with register block ``block``, its weights in ``weight_format``."""
    streams = 2 if block.paired or family == "linear_swiglu" else 1
    spec = _matmul(family, k, ns, bias, block.paired, streams, block.rows, block.lanes,
                   target.l2_bytes if target is not None else 0)
    if block.halves != 1:
        spec = dataclasses.replace(spec, halves=block.halves, whole_tile_rows=SWIGLU_WHOLE_TILE_ROWS)
    pairs = not any(v % (2 * LINEAR_TILE) for v in ns)  # every output whole pairs of tiles
    row_pairs = ROW_PAIRS and streams == 1 and weight_format in ("f32", "bf16", "f16") and pairs
    steps = BLOCK_STEPS_16_REGISTERS if weight_format == "f32" and _few_registers(target) else 1
    spec = dataclasses.replace(spec, row_pairs=row_pairs, block_steps=steps, residual=residual)
    return _stored_as(spec, weight_format, target)


def fuses_gate_up(target, weight_format: str) -> bool:
    """Whether ``rlx-fuse-gate-up`` makes ``linear_swiglu``: not f32 on 16 registers, where a
    6 x 16 ``multi_linear`` beat the half-tile blocks (AVX2 code, SPR VM, 0.6B: prefill
    1.05x, decode 1.02x; bf16, q8_0 0.98-0.99x; AVX-512 1.00x)."""
    return not (_few_registers(target) and weight_format == "f32")


def rope(num_heads: int, head_dim: int, target=None, per_row: bool = False) -> RopeSpec:
    if head_dim % 2:
        raise ValueError("rope: head_dim must be even")
    return RopeSpec(num_heads=num_heads, head_dim=head_dim, parallel_min_work=PARALLEL_MIN_WORK, per_row=per_row)


def ring_rows(window: int, chunk: int, positions: int) -> int:
    """The rows of a windowed layer's ring-buffer KV cache, 0 for none (the rule, in one
    place): a chunk of ``chunk`` new tokens at position P attends to the keys P-W+1 ..
    P+chunk-1, so the ring holds ``window + chunk - 1`` rows (llama.cpp's SWA cache:
    n_swa + n_ubatch), rounded up to the blocked attention's key block. None when that
    is not fewer rows than the ``positions`` a run can reach (the RoPE tables' rows)."""
    if window <= 0:
        return 0
    rows = -(-(window + chunk - 1) // ATTN_KEY_BLOCK) * ATTN_KEY_BLOCK
    return rows if rows < positions else 0


def attention(num_heads: int, num_kv_heads: int, head_dim: int, causal: bool, has_mask: bool,
              queries: int | None = None, target=None, slotted: bool = False,
              kv_format: str = "f32", window: int = 0, ring: int = 0) -> AttentionSpec:
    """``queries``: the static number of query positions per sequence (None: symbolic);
    ``window``: a sliding window (0: none), the same in every variant; ``ring``: the rows
    of a ring-buffer KV cache (0: none; key j is row j mod ring).

    ``head_dim`` a multiple of 8: split-K over the keys for one query per sequence
    (decode), else the blocked kernel; any other ``head_dim``: the per-key kernel.
    ``slotted`` (each row its own KV slot and length) is a split-K decode.
    """
    if num_kv_heads <= 0 or num_heads % num_kv_heads:
        raise ValueError("attention: num_heads must be a multiple of num_kv_heads")
    common = dict(num_heads=num_heads, num_kv_heads=num_kv_heads, head_dim=head_dim, causal=causal,
                  has_mask=has_mask, parallel_min_work=PARALLEL_MIN_WORK, kv_format=kv_format)
    if slotted and (head_dim % VEC or queries != 1 or has_mask):
        raise ValueError(f"attention: a slotted decode needs one query per row, no mask and head_dim a "
                         f"multiple of {VEC} (got head_dim {head_dim})")
    if slotted:
        common["slotted"] = True
    if window:
        common["window"] = window
    if ring:
        common["ring"] = ring
    if head_dim % VEC:
        return AttentionSpec(variant="per_key", **common)
    if queries == 1:
        steps = DECODE_STEPS_16_REGISTERS if _few_registers(target) else DECODE_STEPS
        common["parallel_min_work"] = DECODE_PARALLEL_MIN_WORK
        return AttentionSpec(variant="splitk", min_keys=DECODE_MIN_KEYS, max_chunks=DECODE_MAX_CHUNKS,
                             scratch_bytes=DECODE_SCRATCH_BYTES, **steps, **common)
    if _few_registers(target):  # 2 groups x 4 keys of scores, 2 rows x 4 vectors of values
        return AttentionSpec(variant="blocked", query_block=attention_query_block(8), key_block=ATTN_KEY_BLOCK,
                             score_keys=ATTN_SCORE_KEYS_16_REGISTERS, value_chunk=ATTN_VALUE_CHUNK_16_REGISTERS,
                             **common)
    if zmm_tiles(target) and head_dim % 16 == 0:
        return AttentionSpec(variant="blocked", query_block=attention_query_block(16), key_block=ATTN_KEY_BLOCK,
                             lanes=16, score_keys=ATTN_SCORE_KEYS, value_chunk=ATTN_VALUE_CHUNK_ZMM, **common)
    return AttentionSpec(variant="blocked", query_block=attention_query_block(8), key_block=ATTN_KEY_BLOCK,
                         score_keys=ATTN_SCORE_KEYS, **common)


def attention_query_block(lanes: int) -> int:
    """Query positions per work item of the blocked attention with groups of ``lanes`` rows."""
    return ATTN_QUERY_BLOCK_ZMM if lanes == 16 else ATTN_QUERY_BLOCK


def elementwise(family: str, target=None) -> ElementwiseSpec:
    """``family``: swiglu, silu, add or mul."""
    return ElementwiseSpec(family=family, chunk=ELEMENTWISE_CHUNK, parallel_min_work=PARALLEL_MIN_WORK)


def gather_last(hidden: int, target=None) -> GatherLastSpec:
    return GatherLastSpec(hidden=hidden)


def kv_write(dim: int, target=None, slotted: bool = False, kv_format: str = "f32", ring: int = 0) -> KVWriteSpec:
    return KVWriteSpec(dim=dim, parallel_min_work=PARALLEL_MIN_WORK, slotted=slotted, kv_format=kv_format,
                       ring=ring)


#: The stack bytes of a mixture-of-experts kernel's grouping of (token, expert) pairs: per
#: token of a window ``2 * top_k + 1`` i32 (each pair's token and slot, the token's count);
#: a window of tokens reads each selected expert's weights once
MOE_SCRATCH_BYTES = 64 << 10
#: the most tokens one grouping takes (a prefill of more reads the experts once per window)
MOE_MAX_WINDOW = 4096
#: block-quantized experts in calls of fewer tokens than this (a decode step of up to 3
#: sequences: an expert has at most that many pairs) take the integer dot products, a pair
#: at a time; the same for both kernels of a layer, so that a step quantizes the inputs of
#: both or of neither
MOE_INT8_BELOW = 4


def moe_gate(hidden: int, experts: int, top_k: int, normalize: bool, target=None) -> MoEGateSpec:
    if not 1 <= top_k <= experts:
        raise ValueError(f"moe_gate: top_k {top_k} must be in [1, {experts}]")
    return MoEGateSpec(hidden=hidden, experts=experts, top_k=top_k, normalize=normalize,
                       parallel_min_work=PARALLEL_MIN_WORK)


def moe_matmul(family: str, hidden: int, inter: int, experts: int, top_k: int, target=None,
               weight_format: str = "f32") -> MoEMatmulSpec:
    """``moe_swiglu`` (two weight streams: the register block of ``linear_swiglu``, rows x
    16 columns) or ``moe_down`` (one stream: the unpaired block of ``linear``), reading
    each expert's tiles in ``weight_format`` (:func:`_experts_stored_as`)."""
    if not 1 <= top_k <= experts or hidden <= 0 or inter <= 0:
        raise ValueError(f"{family}: hidden {hidden}, inter {inter}, top_k {top_k} of {experts} experts")
    swiglu = family == "moe_swiglu"
    if zmm_tiles(target):
        rows, lanes = (SWIGLU_ROWS_ZMM if swiglu else MATMUL_ROWS_ZMM), 16
    elif _few_registers(target):
        rows, lanes = (SWIGLU_ROWS_16_REGISTERS_PARTIAL if swiglu else MATMUL_ROWS), VEC
    else:
        rows, lanes = (PAIRED_ROWS if swiglu else MATMUL_ROWS), VEC
    k = hidden if swiglu else inter
    window = min(MOE_MAX_WINDOW, MOE_SCRATCH_BYTES // (4 * (2 * top_k + 1)))
    spec = MoEMatmulSpec(family=family, hidden=hidden, inter=inter, experts=experts, top_k=top_k, rows=rows,
                         lanes=lanes, kunroll=min(MATMUL_CHAINS // (2 if swiglu else 1), k), window=window,
                         parallel_min_work=PARALLEL_MIN_WORK)
    return _experts_stored_as(spec, weight_format, target)


def _experts_stored_as(spec: MoEMatmulSpec, weight_format: str, target=None) -> MoEMatmulSpec:
    """``spec`` reading its experts' tiles in ``weight_format``, widened (bf16, f16) or
    dequantized (q8_0, q4_0) in registers, never staged (an expert's tile is read once
    per window). The block formats' register blocks also hold a block's scale vectors:
    as an unstaged dense matmul's (:func:`_stored_as`), a block over two streams (gate
    and up) or on 16 registers has ``Q8_0_ROWS_LESS*`` fewer rows, and a single row on 16
    registers fewer FMA chains. Calls of fewer tokens than a register block (decode) take
    the target's integer dot products (:func:`int8_dot`), a pair at a time."""
    if weight_format not in ("q8_0", "q4_0"):
        return dataclasses.replace(spec, weight_format=weight_format)
    rows, kunroll = spec.rows, spec.kunroll
    streams = 2 if spec.family == "moe_swiglu" else 1
    if _few_registers(target) or streams == 2:
        rows = max(1, rows - (Q8_0_ROWS_LESS_16_REGISTERS if _few_registers(target) else Q8_0_ROWS_LESS))
    if _few_registers(target):
        kunroll = max(1, min(kunroll, Q8_0_SINGLE_ROW_CHAINS_16_REGISTERS // streams))
    dot = int8_dot(target, spec.lanes)
    vectors = streams * LINEAR_TILE // spec.lanes  # tile vectors a pair accumulates
    return dataclasses.replace(spec, weight_format=weight_format, rows=rows, kunroll=kunroll, int8_dot=dot,
                               dot_chains=max(1, INT8_DOT_CHAINS // vectors) if dot == "vpdpbusd" else 1,
                               dot_split=_dot_split(dot, vectors, weight_format, target),
                               int8_below=MOE_INT8_BELOW if dot else 0, prefetch_groups=_prefetch_groups(dot))
