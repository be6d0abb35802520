"""The kernel specs of a mixture of experts' families (:mod:`rlx.lowering.kernels.spec`
re-exports them): the routing (``moe_gate``) and the experts' matmuls (``moe_swiglu``,
``moe_down``)."""

from __future__ import annotations

from dataclasses import dataclass

from rlx.lowering.kernels.spec import Arg, KernelSpec, MatmulSpec, _buffers, _sizes, weights_in


@dataclass(frozen=True, kw_only=True)
class MoEGateSpec(KernelSpec):
    """The routing of ``experts`` experts: router logits over ``hidden``, softmax, the top
    ``top_k`` (divided by their sum with ``normalize``) as gates, zero elsewhere."""

    FAMILIES = ("moe_gate",)
    family: str = "moe_gate"
    hidden: int
    experts: int
    top_k: int
    normalize: bool = False
    parallel_min_work: int

    @property
    def name(self) -> str:
        return f"moe_gate_h{self.hidden}_e{self.experts}_k{self.top_k}" + ("_norm" if self.normalize else "")

    @property
    def args(self) -> tuple[Arg, ...]:
        return (Arg("x", "in"), Arg("router", "weight"), Arg("out", "out"), *_sizes("M"))


@dataclass(frozen=True, kw_only=True)
class MoEMatmulSpec(KernelSpec):
    """The experts of a mixture-of-experts layer over stacked ``packed16`` weights (each
    expert's ``[N, K]`` packed in turn): ``moe_swiglu`` (gate and up, ``[inter, hidden]``
    each, SiLU product into ``top_k`` activation rows per token) or ``moe_down`` (``[hidden,
    inter]``, weighted by the gates and summed). The (token, expert) pairs of ``window``
    tokens at a time are grouped by expert, so each selected expert's weights are read once
    per window; register blocks of ``rows`` pairs x 16 columns of ``vector<lanes x f32>``
    (a single pair: k unrolled by ``kunroll``). ``weight_format``: how each expert's tiles
    are stored, as a dense matmul's (:attr:`MatmulSpec.weight_format`; widened or
    dequantized in registers); expert ``e``'s tiles start at ``e`` times that format's
    packed size of one expert (``tiles.TileReader.packed_size``)."""

    FAMILIES = ("moe_swiglu", "moe_down")
    hidden: int
    inter: int
    experts: int
    top_k: int
    rows: int
    lanes: int = 8
    kunroll: int
    window: int
    parallel_min_work: int
    weight_format: str = "f32"
    #: block-quantized experts in a call of fewer than ``int8_below`` tokens (decode): the
    #: input rows quantized to 8-bit blocks once per call and multiplied a pair at a time
    #: with integer dot products, as the dense matmuls' (``MatmulSpec.int8_dot``,
    #: ``matmul_int8``); larger calls dequantize the tiles for the f32 register blocks
    int8_dot: str = ""
    #: as ``MatmulSpec``'s: integer accumulators per tile vector, a loop over k per vector
    dot_chains: int = 1
    dot_split: bool = False
    int8_below: int = 0
    prefetch_groups: int = 0

    def __post_init__(self):
        super().__post_init__()
        if self.weight_format not in MatmulSpec.WEIGHT_FORMATS:
            raise ValueError(f"{self.family}: weight_format must be one of {', '.join(MatmulSpec.WEIGHT_FORMATS)}, "
                             f"got {self.weight_format!r}")
        if self.int8_dot not in MatmulSpec.INT8_DOTS or (self.int8_dot and (
                self.weight_format not in ("q8_0", "q4_0") or self.int8_below < 2 or self.dot_chains < 1)):
            raise ValueError(f"{self.family}: int8_dot {self.int8_dot!r} needs one of {MatmulSpec.INT8_DOTS[1:]}, "
                             f"q8_0 or q4_0 weights and int8_below >= 2, got {self.weight_format}, "
                             f"{self.int8_below}")

    @property
    def k(self) -> int:
        """The reduction length: hidden (gate and up) or inter (down)."""
        return self.hidden if self.family == "moe_swiglu" else self.inter

    @property
    def n(self) -> int:
        """The output columns of one expert."""
        return self.inter if self.family == "moe_swiglu" else self.hidden

    @property
    def name(self) -> str:
        return (f"{self.family}_h{self.hidden}_i{self.inter}_e{self.experts}_k{self.top_k}"
                + ("" if self.weight_format == "f32" else f"_{self.weight_format}"))

    def buffer_formats(self) -> dict[str, str]:
        """The expert weights are buffers of their format (:func:`weights_in`)."""
        return weights_in(self)

    @property
    def args(self) -> tuple[Arg, ...]:
        if self.family == "moe_swiglu":
            return (Arg("x", "in"), Arg("gates", "in"), *_buffers("weight", "w_gate", "w_up"), Arg("out", "out"),
                    *_sizes("M"))
        return (Arg("act", "in"), Arg("gates", "in"), Arg("w_down", "weight"), Arg("out", "out"), *_sizes("M"))
