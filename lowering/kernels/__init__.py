"""Kernel generators of the ``rlx-to-loops`` lowering (level L3), one module per family.

A kernel is described by a typed spec (:mod:`.spec`); :mod:`.select` makes every
strategy choice and returns the spec for an op's static parameters; :func:`build`
runs the family's generator, which returns a fresh private ``func.func`` named
``spec.name`` with the spec attached (``rlx.kernel``), whose body only uses xDSL's
own dialects (scf, arith, math, memref, vector), written with the DSL of
:mod:`.builder`. :mod:`.cost` gives a call's bytes and FLOPs from its spec.

Conventions:

* every buffer is a flat, contiguous, row-major ``memref<?xf32>`` (token ids
  ``memref<?xi32>``); sizes known only at run time are ``index`` arguments;
* ``scf.parallel`` (one induction variable) marks the thread-parallel outer loop,
  inside a ``rlx_cpu.parallel_if`` on the call's work reaching the spec's
  ``parallel_min_work`` (smaller calls run it on the calling thread);
* kernels may use a static-size ``memref.alloca`` as per-thread stack scratch and
  ``vector.shuffle`` (the LLVM translator, ``lowering/llvm/``, supports both).

Modules: ``builder`` (the DSL), ``spec``, ``select``, ``cost``, ``matmul``
(linear, multi_linear, linear_swiglu), ``attention_prefill`` / ``attention_decode`` /
``attention_per_key`` with ``softmax`` (their shared online-softmax pieces),
``norms`` (rms_norm), ``rope``, ``elementwise`` (embed, swiglu/silu/add/mul,
gather_last, kv_write), ``moe`` (the mixture-of-experts routing and experts).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from xdsl.dialects import func

from rlx.lowering.kernels import select
from rlx.lowering.kernels.attention_decode import attention_decode
from rlx.lowering.kernels.attention_per_key import attention_per_key
from rlx.lowering.kernels.attention_prefill import attention_blocked
from rlx.lowering.kernels.builder import VEC
from rlx.lowering.kernels.cost import kernel_cost
from rlx.lowering.kernels.elementwise import elementwise, embed, gather_last, kv_write
from rlx.lowering.kernels.matmul import linear, linear_swiglu, multi_linear
from rlx.lowering.kernels.moe import moe_down, moe_gate, moe_swiglu
from rlx.lowering.kernels.norms import rms_norm
from rlx.lowering.kernels.rope import rope
from rlx.lowering.kernels.select import (
    ATTN_KEY_BLOCK,
    ATTN_QUERY_BLOCK,
    DECODE_MAX_CHUNKS,
    DECODE_MIN_KEYS,
    DECODE_SCRATCH_BYTES,
    MATMUL_PANEL_BYTES,
    MATMUL_ROWS,
    PAIRED_ROWS,
    PARALLEL_MIN_WORK,
)
from rlx.lowering.kernels.spec import KERNEL_ATTR, KernelSpec, spec_from_attr, spec_of
from rlx.runtime.packing import LINEAR_TILE

__all__ = [
    "ATTN_KEY_BLOCK", "ATTN_QUERY_BLOCK", "DECODE_MAX_CHUNKS", "DECODE_MIN_KEYS", "DECODE_SCRATCH_BYTES",
    "KERNELS", "KERNEL_ATTR", "LINEAR_TILE", "MATMUL_PANEL_BYTES", "MATMUL_ROWS", "PAIRED_ROWS",
    "PARALLEL_MIN_WORK", "VEC", "KernelSpec", "add_kernel", "attention_kernel", "build", "embed_kernel",
    "gather_last_kernel", "jit_alone", "kernel_cost", "kv_write_kernel", "linear_kernel", "linear_swiglu_kernel",
    "moe_down_kernel", "moe_gate_kernel", "moe_swiglu_kernel", "mul_kernel", "multi_linear_kernel", "rms_norm_kernel", "rope_kernel", "select", "silu_kernel",
    "spec_from_attr", "spec_of", "swiglu_kernel",
]

_ATTENTION = {"blocked": attention_blocked, "splitk": attention_decode, "per_key": attention_per_key}

#: The generator of each family: spec -> kernel function.
GENERATORS: dict[str, Callable[..., func.FuncOp]] = {
    "embed": embed,
    "rms_norm": rms_norm,
    "linear": linear,
    "multi_linear": multi_linear,
    "linear_swiglu": linear_swiglu,
    "rope": rope,
    "attention": lambda spec: _ATTENTION[spec.variant](spec),
    **{fam: elementwise for fam in ("swiglu", "silu", "add", "mul")},
    "gather_last": gather_last,
    "kv_write": kv_write,
    "moe_gate": moe_gate,
    "moe_swiglu": moe_swiglu,
    "moe_down": moe_down,
}


def build(spec: KernelSpec) -> func.FuncOp:
    """The kernel function of ``spec`` (fresh, private, named ``spec.name``)."""
    return GENERATORS[spec.family](spec)


def jit_alone(fn: func.FuncOp, target=None, threads: int = 0):
    """JIT-compile one kernel function on its own for ``target`` (a
    :class:`rlx.lowering.target.Target`, ``None``: the host), its parallel loops on
    ``threads`` (as ``rlx-outline-parallel``'s: 0 all cores): a ctypes callable taking
    an address per buffer and an int per index argument (it keeps its engine alive).
    For tests and tools (the bench probes, ``bench.blocks``, ``rlxc tune``)."""
    import ctypes

    from xdsl.dialects.builtin import IndexType, ModuleOp, StringAttr

    from rlx.lowering.llvm_passes import to_llvm_ir
    from rlx.lowering.llvm_target import JITEngine

    fn.sym_visibility = StringAttr("public")
    engine = JITEngine(to_llvm_ir(ModuleOp([fn]), threads), target=target)
    argtypes = [ctypes.c_int64 if isinstance(t, IndexType) else ctypes.c_void_p
                for t in fn.function_type.inputs.data]
    return engine.function(fn.sym_name.data, None, *argtypes)


# -- by static parameters: select the spec, build it (tests, tools)

def embed_kernel(hidden: int, vocab: int, packed: bool = False) -> func.FuncOp:
    return build(select.embed(hidden, vocab, packed))


def rms_norm_kernel(dim: int, group: int, eps: float) -> func.FuncOp:
    return build(select.rms_norm(dim, group, eps))


def linear_kernel(k: int, n: int, has_bias: bool) -> func.FuncOp:
    return build(select.linear(k, n, has_bias))


def multi_linear_kernel(k: int, ns: Sequence[int], has_bias: bool) -> func.FuncOp:
    return build(select.multi_linear(k, ns, has_bias))


def linear_swiglu_kernel(k: int, n: int) -> func.FuncOp:
    return build(select.linear_swiglu(k, n))


def rope_kernel(num_heads: int, head_dim: int) -> func.FuncOp:
    return build(select.rope(num_heads, head_dim))


def attention_kernel(num_heads: int, num_kv_heads: int, head_dim: int, causal: bool, has_mask: bool,
                     decode: bool = False, window: int = 0) -> func.FuncOp:
    """``decode``: one query per sequence (S must be 1); ``window``: a sliding window (0: none)."""
    return build(select.attention(num_heads, num_kv_heads, head_dim, causal, has_mask, 1 if decode else None,
                                  window=window))


def swiglu_kernel() -> func.FuncOp:
    return build(select.elementwise("swiglu"))


def silu_kernel() -> func.FuncOp:
    return build(select.elementwise("silu"))


def add_kernel() -> func.FuncOp:
    return build(select.elementwise("add"))


def mul_kernel() -> func.FuncOp:
    return build(select.elementwise("mul"))


def gather_last_kernel(hidden: int) -> func.FuncOp:
    return build(select.gather_last(hidden))


def kv_write_kernel(dim: int) -> func.FuncOp:
    return build(select.kv_write(dim))


def moe_gate_kernel(hidden: int, experts: int, top_k: int, normalize: bool) -> func.FuncOp:
    return build(select.moe_gate(hidden, experts, top_k, normalize))


def moe_swiglu_kernel(hidden: int, inter: int, experts: int, top_k: int) -> func.FuncOp:
    return build(select.moe_matmul("moe_swiglu", hidden, inter, experts, top_k))


def moe_down_kernel(hidden: int, inter: int, experts: int, top_k: int) -> func.FuncOp:
    return build(select.moe_matmul("moe_down", hidden, inter, experts, top_k))


#: Each family's kernel by its static parameters.
KERNELS: dict[str, Callable[..., func.FuncOp]] = {
    "embed": embed_kernel,
    "rms_norm": rms_norm_kernel,
    "linear": linear_kernel,
    "multi_linear": multi_linear_kernel,
    "linear_swiglu": linear_swiglu_kernel,
    "rope": rope_kernel,
    "attention": attention_kernel,
    "swiglu": swiglu_kernel,
    "silu": silu_kernel,
    "add": add_kernel,
    "mul": mul_kernel,
    "gather_last": gather_last_kernel,
    "kv_write": kv_write_kernel,
    "moe_gate": moe_gate_kernel,
    "moe_swiglu": moe_swiglu_kernel,
    "moe_down": moe_down_kernel,
}
