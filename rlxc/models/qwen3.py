"""Qwen3 (and Qwen2 / Llama / Mistral) as a ModelFlow: prefill and decode variants.

``Qwen3Flow.for_prefill(cfg, batch, seq)`` gives hidden states (or logits with
``.lm_head()``); ``.export_kv()`` adds each layer's K and V as side outputs;
``.dynamic_past()`` reads past K/V of symbolic length ``PAST_SEQ`` and returns the
concatenation (what the runtime writes in place into its KV cache).
``Qwen3Flow.for_decode(cfg, batch, past)`` is one new token per sequence with logits.
``.debug_taps(layers)`` adds debug outputs (what ``rlxc compare`` reads): the hidden
state after the embedding (``embed``), after each decoder layer (``layers.{i}``) and
after the final norm (``norm``); in each layer of ``layers``, the result of each op
(``layers.{i}.q_proj``, ... :data:`LAYER_OP_TAPS`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from rlx.dialects import rlx
from rlx.dialects.symbolic import SymDim
from rlxc.flow import BuiltModel, CompileProfile, FlowContext, ModelFlow, RopeTablesStage
from rlxc.models import rope
from rlxc.models.config import Qwen3Config
from rlxc.models.moe import MoELayerSpec, moe_mlp
from rlx.runtime.abi import PAST_SEQ, ROWS, SLOTS
from rlx.runtime.errors import ConfigError


@dataclass(frozen=True)
class DecoderLayerSpec:
    """Static facts one decoder layer needs."""

    num_heads: int
    num_kv_heads: int
    head_dim: int
    hidden: int
    intermediate: int
    eps: float
    qk_norm: bool
    attention_bias: bool
    o_bias: bool
    export_kv: bool
    rope_offset: SymDim
    #: (type, ((parameter, value), ...)) of a scaled RoPE, shown on each rlx.rope; None: default
    rope_scaling: tuple[str, tuple[tuple[str, object], ...]] | None = None
    #: debug outputs (``Qwen3Flow.debug_taps``): the layer's output, and in the layers
    #: ``op_taps`` its op results
    taps: bool = False
    op_taps: tuple[int, ...] = ()
    #: a mixture of experts: its sparse layers' MLP (None: every MLP is dense)
    moe: MoELayerSpec | None = None
    #: the layer's sliding window (the ``window`` of its rlx.attention); 0: none
    window: int = 0
    #: the rows of the layer's ring-buffer KV cache (``ring`` of its rlx.kv_concat and
    #: rlx.attention: ``select.ring_rows``); 0: a cache of MAX_SEQ rows
    ring: int = 0

    @staticmethod
    def of(cfg: Qwen3Config, export_kv: bool, rope_offset: SymDim) -> "DecoderLayerSpec":
        return DecoderLayerSpec(
            cfg.num_attention_heads, cfg.num_key_value_heads, cfg.head_dim, cfg.hidden_size,
            cfg.intermediate_size, cfg.rms_norm_eps, cfg.qk_norm, cfg.attention_bias,
            cfg.o_proj_bias, export_kv, rope_offset, rope_scaling_shown(cfg), moe=MoELayerSpec.of(cfg),
        )


def rope_scaling_shown(cfg: Qwen3Config) -> tuple[str, tuple[tuple[str, object], ...]] | None:
    """The RoPE scaling as the IR shows it: the config's parameters and, for yarn, the
    cos/sin factor transformers derives (``attention_scaling``)."""
    s = cfg.rope_scaling
    if s is None:
        return None
    params = s.params()
    if s.rope_type == "yarn":
        params["attention_scaling"] = rope.yarn_attention_factor(s)
    return s.rope_type, tuple(params.items())


def rope_tables(cfg: Qwen3Config, positions: int) -> RopeTablesStage:
    """The cos/sin tables: a scaled RoPE's frequencies are computed here, at compile time."""
    half = cfg.head_dim // 2
    if cfg.rope_scaling is None:
        return RopeTablesStage.param(positions, half, cfg.rope_theta)
    inv_freq, attention_scaling = rope.inv_freq_and_scaling(
        cfg.head_dim, cfg.rope_theta, cfg.rope_scaling, cfg.max_position_embeddings)
    return RopeTablesStage(positions, half, cfg.rope_theta, cfg.rope_scaling.rope_type,
                           tuple(float(f) for f in inv_freq), float(attention_scaling))


#: the op results a layer of ``Qwen3Flow.debug_taps`` returns, in the order it computes
#: them (``layers.{i}.<name>``; ``q_norm``/``k_norm`` with QK-norm only). None of them is
#: a value a fusion pass consumes alone (the gate and up projections are: they are not
#: tapped), so a tapped layer compiles to the same kernels as an untapped one.
LAYER_OP_TAPS = ("input_layernorm", "q_proj", "k_proj", "v_proj", "q_norm", "k_norm", "attention",
                 "o_proj", "attention_residual", "post_attention_layernorm", "swiglu", "down_proj")
#: the projections whose results are taps (not gate/up: see LAYER_OP_TAPS)
TAPPED_PROJECTIONS = ("q_proj", "k_proj", "v_proj", "o_proj", "down_proj")


def decoder_layer(index: int, spec: DecoderLayerSpec):
    """Stage for layer ``index``: pre-norm attention block then pre-norm SwiGLU MLP
    (with ``spec.taps``, its output is a debug output -- layer 0's input too, ``embed`` --
    and in the layers ``spec.op_taps`` each op result of :data:`LAYER_OP_TAPS`)."""
    prefix = f"model.layers.{index}"
    q_dim, kv_dim = spec.num_heads * spec.head_dim, spec.num_kv_heads * spec.head_dim

    def tap(ctx: FlowContext, name: str, value):
        if index in spec.op_taps:
            ctx.side.add(f"layers.{index}.{name}", value)
        return value

    def proj(ctx: FlowContext, x, name: str, out: int, inp: int, bias: bool):
        w = ctx.param(f"{prefix}.{name}.weight", (out, inp))
        b = ctx.param(f"{prefix}.{name}.bias", (out,)) if bias else None
        y = ctx.linear(x, w, b)
        short = name.rsplit(".", 1)[1]
        return tap(ctx, short, y) if short in TAPPED_PROJECTIONS else y

    def norm(ctx: FlowContext, x, name: str, width: int):
        return tap(ctx, name.rsplit(".", 1)[-1],
                   ctx.rms_norm(x, ctx.param(f"{prefix}.{name}.weight", (width,)), spec.eps))

    def layer(ctx: FlowContext) -> None:
        x = ctx.hidden
        if spec.taps and index == 0:
            ctx.side.add("embed", x)  # the embedding: layer 0's input
        h = norm(ctx, x, "input_layernorm", spec.hidden)
        q = proj(ctx, h, "self_attn.q_proj", q_dim, spec.hidden, spec.attention_bias)
        k = proj(ctx, h, "self_attn.k_proj", kv_dim, spec.hidden, spec.attention_bias)
        v = proj(ctx, h, "self_attn.v_proj", kv_dim, spec.hidden, spec.attention_bias)
        if spec.qk_norm:
            q = norm(ctx, q, "self_attn.q_norm", spec.head_dim)
            k = norm(ctx, k, "self_attn.k_norm", spec.head_dim)
        cos = ctx.param("rope.cos", ctx.constants["rope.cos"]["shape"])
        sin = ctx.param("rope.sin", ctx.constants["rope.sin"]["shape"])
        scaling = None if spec.rope_scaling is None else (spec.rope_scaling[0], dict(spec.rope_scaling[1]))
        rows = ctx.decode_bindings.get("rows")  # a slotted decode: each row its slot and position
        positions = rows.positions if rows else None
        q = ctx.rope(q, cos, sin, spec.head_dim, spec.rope_offset, scaling, positions)
        k = ctx.rope(k, cos, sin, spec.head_dim, spec.rope_offset, scaling, positions)
        past = ctx.decode_bindings.get("past")
        if past:
            k = ctx.kv_concat(past[index][0], k, rows, spec.ring)
            v = ctx.kv_concat(past[index][1], v, rows, spec.ring)
        if past or spec.export_kv:
            ctx.side.add(f"k_{index}", k)
            ctx.side.add(f"v_{index}", v)
        a = ctx.attention(q, k, v, ctx.decode_bindings.get("mask"),
                          spec.num_heads, spec.num_kv_heads, spec.head_dim, rows, spec.window,
                          spec.ring if past else 0)
        tap(ctx, "attention", a)
        x = ctx.binary(rlx.AddOp, x, proj(ctx, a, "self_attn.o_proj", spec.hidden, q_dim, spec.o_bias))
        h = norm(ctx, tap(ctx, "attention_residual", x), "post_attention_layernorm", spec.hidden)
        if spec.moe is not None and index in spec.moe.sparse_layers:
            ctx.hidden = ctx.binary(rlx.AddOp, x, moe_mlp(ctx, index, spec.moe, h))
            if spec.taps:
                ctx.side.add(f"layers.{index}", ctx.hidden)
            return
        gate = proj(ctx, h, "mlp.gate_proj", spec.intermediate, spec.hidden, False)
        up = proj(ctx, h, "mlp.up_proj", spec.intermediate, spec.hidden, False)
        act = tap(ctx, "swiglu", ctx.binary(rlx.MulOp, ctx.silu(gate), up))
        ctx.hidden = ctx.binary(rlx.AddOp, x, proj(ctx, act, "mlp.down_proj", spec.hidden, spec.intermediate, False))
        if spec.taps:
            ctx.side.add(f"layers.{index}", ctx.hidden)

    return layer


def tap_hidden(name: str):
    """Stage: the current hidden state is also the debug output ``name``."""
    def tap(ctx: FlowContext) -> None:
        ctx.side.add(name, ctx.hidden)
    return tap


def lm_head_stage(cfg: Qwen3Config):
    """Logits: ``hidden @ W.T`` with ``W`` = lm_head or, when tied, the embedding table."""
    name = "model.embed_tokens.weight" if cfg.tie_word_embeddings else "lm_head.weight"

    def lm_head(ctx: FlowContext) -> None:
        ctx.hidden = ctx.linear(ctx.hidden, ctx.param(name, (cfg.vocab_size, cfg.hidden_size)))

    return lm_head


@dataclass(frozen=True)
class Qwen3Flow:
    """Options of a Qwen3-family flow; ``build(weights)`` makes the BuiltModel."""

    cfg: Qwen3Config
    decode_mode: bool = False
    batch: int = 1
    seq: int | str = 128
    past_seq: int | str = 0
    has_past: bool = False
    with_lm_head: bool = False
    with_kv_outputs: bool = False
    last_logits_only: bool = False
    use_custom_mask: bool = False
    compile_profile: CompileProfile | None = None
    #: rows of the RoPE tables (None: max_position_embeddings): the positions a run reaches
    positions: int | None = None
    #: a slotted decode: ``ROWS`` sequences, each at its own position (input ``positions``)
    #: and in its own slot (input ``slot_ids``) of a KV cache of ``SLOTS`` sequences
    slotted: bool = False
    #: debug outputs (``rlxc compare``): the hidden state after the embedding, each layer
    #: and the final norm
    taps: bool = False
    #: the layers whose op results are debug outputs too (:data:`LAYER_OP_TAPS`)
    op_taps: tuple[int, ...] = ()
    #: the most tokens one call adds to the KV cache (a session's prefill chunk): with a
    #: past, the windowed layers' caches are ring buffers sized for it (0: no ring) where
    #: that is fewer rows than ``ring_below`` (the KV capacity compiled for; 0: the positions).
    #: A session's alone (:func:`rlxc.model_file.session_flows`): not in :meth:`options`, so a
    #: flow file never has rings (a flow function returns its KV outputs in position order)
    ring_chunk: int = 0
    ring_below: int = 0

    @staticmethod
    def for_prefill(cfg: Qwen3Config, batch: int, seq: int | str) -> "Qwen3Flow":
        return Qwen3Flow(cfg, batch=batch, seq=seq)

    @staticmethod
    def for_decode(cfg: Qwen3Config, batch: int, past_seq: int | str) -> "Qwen3Flow":
        return Qwen3Flow(cfg, decode_mode=True, batch=batch, seq=1, past_seq=past_seq,
                         has_past=True, with_lm_head=True)

    @staticmethod
    def for_slot_decode(cfg: Qwen3Config) -> "Qwen3Flow":
        """One new token for each of ``ROWS`` sequences of a ``SLOTS``-sequence KV cache, each
        at its own position: what a server's batched decode step runs. ``PAST_SEQ`` bounds
        the positions (the caller passes their maximum)."""
        return replace(Qwen3Flow.for_decode(cfg, 1, PAST_SEQ), batch=ROWS, slotted=True,
                       compile_profile=CompileProfile.slot_decode())

    # builder-style options, each returning a new flow
    def dynamic_past(self) -> "Qwen3Flow":
        return replace(self, past_seq=PAST_SEQ, has_past=True)

    def with_past(self, past_seq: int | str) -> "Qwen3Flow":
        return replace(self, past_seq=past_seq, has_past=True)

    def lm_head(self) -> "Qwen3Flow":
        return replace(self, with_lm_head=True)

    def last_token_logits(self) -> "Qwen3Flow":
        return replace(self, with_lm_head=True, last_logits_only=True)

    def export_kv(self) -> "Qwen3Flow":
        return replace(self, with_kv_outputs=True)

    def custom_mask(self) -> "Qwen3Flow":
        return replace(self, use_custom_mask=True)

    def profile(self, profile: CompileProfile) -> "Qwen3Flow":
        return replace(self, compile_profile=profile)

    def rope_positions(self, positions: int | None) -> "Qwen3Flow":
        return replace(self, positions=positions)

    def kv_ring(self, chunk: int, below: int = 0) -> "Qwen3Flow":
        """Ring-buffer KV caches for the windowed layers, for calls of at most ``chunk`` new
        tokens (:func:`rlx.lowering.kernels.select.ring_rows`); a layer keeps MAX_SEQ rows where
        the ring would not have fewer than ``below`` (the KV capacity; 0: the positions)."""
        return replace(self, ring_chunk=chunk, ring_below=below)

    def layer_ring(self, layer: int, positions: int) -> int:
        """The rows of layer ``layer``'s ring-buffer KV cache, 0 for none."""
        from rlx.lowering.kernels.select import ring_rows

        if not (self.ring_chunk and self.has_past):
            return 0
        below = min(positions, self.ring_below or positions)
        return ring_rows(self.cfg.layer_window(layer), self.ring_chunk, below)

    def debug_taps(self, op_layers=()) -> "Qwen3Flow":
        """Debug outputs after the embedding, each layer and the final norm, and the op
        results inside the layers ``op_layers`` (what ``rlxc compare`` compares)."""
        layers = tuple(sorted(set(op_layers)))
        bad = [i for i in layers if not 0 <= i < self.cfg.num_hidden_layers]
        if bad:
            raise ConfigError(f"debug taps: the model has layers 0..{self.cfg.num_hidden_layers - 1}, "
                              f"not {bad[0]}")
        return replace(self, taps=True, op_taps=layers)

    def name(self) -> str:
        return "decode_slots" if self.slotted else "decode" if self.decode_mode else "prefill"

    def flow(self) -> ModelFlow:
        cfg = self.cfg
        validate(cfg)
        b, seq, past = self.batch, SymDim.of(self.seq), SymDim.of(self.past_seq)
        kv_dim = cfg.kv_proj_dim
        profile = self.compile_profile or (CompileProfile.decode() if self.decode_mode
                                           else CompileProfile.prefill())
        offset = past if self.has_past else SymDim(0)
        spec = DecoderLayerSpec.of(cfg, self.with_kv_outputs, offset)
        if self.taps:
            spec = replace(spec, taps=True, op_taps=self.op_taps)
        flow = (ModelFlow(self.name()).with_profile(profile)
                .input("input_ids", (b, seq), "i32"))
        if self.use_custom_mask:
            flow = flow.input("mask", (b, past + seq if self.has_past else seq))
        if self.slotted:
            flow = flow.input("slot_ids", (b,), "i32").input("positions", (b,), "i32").bind_row_tables()
        if self.has_past:
            cache_rows = SLOTS if self.slotted else b
            for i in range(cfg.num_hidden_layers):
                flow = (flow.input(f"past_k_{i}", (cache_rows, past, kv_dim))
                        .input(f"past_v_{i}", (cache_rows, past, kv_dim)))
            flow = flow.bind_decode_inputs(cfg.num_hidden_layers, self.use_custom_mask)
        elif self.use_custom_mask:
            flow = flow.stage(lambda ctx: ctx.decode_bindings.update(mask=ctx.input("mask")))
        positions = min(cfg.max_position_embeddings, self.positions or cfg.max_position_embeddings)
        flow = (flow.rope_tables(rope_tables(cfg, positions))
                .token_embed(vocab=cfg.vocab_size, hidden=cfg.hidden_size)
                .repeat_layers(cfg.num_hidden_layers,
                               lambda i: decoder_layer(i, replace(spec, window=cfg.layer_window(i),
                                                                  ring=self.layer_ring(i, positions)))))
        if self.with_lm_head and self.last_logits_only:
            flow = flow.gather_last_token_at(b, self.seq)
        flow = flow.final_norm(cfg.rms_norm_eps)
        if self.taps:
            flow = flow.stage(tap_hidden("norm"))
        if self.with_lm_head:
            flow = flow.raw_stage(lm_head_stage(cfg)).output("logits")
        else:
            flow = flow.output("hidden_states")
        flow.spec = {"format": "rlx-flow/1", "family": "qwen3", "config": cfg.to_dict(),
                     "options": self.options()}
        return flow

    def options(self) -> dict:
        return {"decode": self.decode_mode, "batch": self.batch, "seq": self.seq,
                "past_seq": self.past_seq, "has_past": self.has_past,
                "lm_head": self.with_lm_head, "export_kv": self.with_kv_outputs,
                "last_logits_only": self.last_logits_only, "custom_mask": self.use_custom_mask,
                **({"slotted": True} if self.slotted else {}),
                **({"taps": True, "op_taps": list(self.op_taps)} if self.taps else {})}

    def build(self, weights=None) -> BuiltModel:
        return self.flow().build(weights)


def validate(cfg: Qwen3Config) -> None:
    if cfg.num_attention_heads % cfg.num_key_value_heads:
        raise ConfigError(
            f"num_attention_heads ({cfg.num_attention_heads}) must be divisible by "
            f"num_key_value_heads ({cfg.num_key_value_heads})"
        )
