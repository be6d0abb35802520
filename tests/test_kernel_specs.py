"""Typed kernel specs: selection, names, the rlx.kernel attribute and its round trip."""

import pytest
from xdsl.context import Context
from xdsl.dialects import builtin, func
from xdsl.parser import Parser

from rlx.lowering import kernels as K
from rlx.lowering.kernels import select
from rlx.lowering.kernels.spec import KERNEL_ATTR, AttentionSpec, MatmulSpec, spec_from_attr, spec_of

SPECS = [
    select.embed(8, 4), select.embed(128, 1024, packed=True),
    select.rms_norm(64, 16, 9.999999974752427e-07),
    select.linear(64, 40, True), select.linear(1024, 3072, False),
    select.multi_linear(64, (32, 16), True), select.linear_swiglu(64, 48),
    select.rope(2, 32),
    select.attention(4, 2, 32, True, False), select.attention(4, 2, 32, True, False, queries=1),
    select.attention(4, 1, 12, False, True),
    select.elementwise("swiglu"), select.elementwise("add"),
    select.gather_last(128), select.kv_write(64),
    select.moe_gate(64, 8, 2, True), select.moe_matmul("moe_swiglu", 64, 32, 8, 2),
    select.moe_matmul("moe_down", 64, 40, 6, 3),
]


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.name)
def test_built_kernel_carries_its_spec(spec):
    fn = K.build(spec)
    assert fn.sym_name.data == spec.name
    assert spec_of(fn) == spec
    assert [str(t) for t in fn.function_type.inputs.data] == [str(t) for t in spec.arg_types]
    assert len(spec.args) == len(fn.body.block.args)


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.name)
def test_spec_attribute_survives_the_text_round_trip(spec):
    ctx = Context()
    ctx.load_dialect(builtin.Builtin)
    parsed = Parser(ctx, str(spec.to_attr())).parse_attribute()
    assert spec_from_attr(parsed) == spec
    assert spec_from_attr(parsed).name == spec.name


def test_names_are_todays():
    assert select.linear(128, 384, True).name == "linear_k128_n384_bias"
    assert select.multi_linear(64, (32, 16), True).name == "multi_linear_k64_n32x16_bias"
    assert select.linear_swiglu(64, 48).name == "linear_swiglu_k64_n48"
    assert select.attention(16, 8, 128, True, False, queries=1).name == "attention_nh16_nkv8_hd128_causal_splitk"
    assert select.attention(4, 2, 8, False, True).name == "attention_nh4_nkv2_hd8_full_mask"
    assert select.rms_norm(128, 128, 9.999999974752427e-07).name == "rms_norm_d128_g128_eps1em06"
    assert select.embed(128, 1024, True).name == "embed_h128_v1024_packed16"
    assert select.elementwise("silu").name == "silu_f32"


def test_select_makes_the_strategy_choices():
    assert select.linear(64, 64, False).paired and select.linear(64, 64, False).rows == select.PAIRED_ROWS
    assert not select.linear(64, 48, False).paired and select.linear(64, 48, False).rows == select.MATMUL_ROWS
    assert select.multi_linear(64, (32, 64), False).paired
    assert not select.multi_linear(64, (32, 16), False).paired
    swiglu = select.linear_swiglu(64, 64)
    assert isinstance(swiglu, MatmulSpec) and not swiglu.paired and swiglu.rows == select.PAIRED_ROWS
    assert select.attention(4, 2, 32, True, False).variant == "blocked"
    assert select.attention(4, 2, 32, True, False, queries=1).variant == "splitk"
    assert select.attention(4, 2, 12, True, False, queries=1).variant == "per_key"
    assert select.attention(4, 2, 32, True, False, queries=1).min_keys == select.DECODE_MIN_KEYS
    # the split-K decode attention streams the KV rows: threaded from less work than the rest
    assert all(getattr(s, "parallel_min_work", select.PARALLEL_MIN_WORK) ==
               (select.DECODE_PARALLEL_MIN_WORK if getattr(s, "variant", "") == "splitk" else select.PARALLEL_MIN_WORK)
               for s in SPECS)
    assert any(getattr(s, "variant", "") == "splitk" for s in SPECS)


def test_invalid_parameters_are_refused():
    with pytest.raises(ValueError, match="multiple of num_kv_heads"):
        select.attention(3, 2, 8, True, False)
    with pytest.raises(ValueError, match="must divide"):
        select.rms_norm(64, 24, 1e-6)
    with pytest.raises(ValueError, match="variant"):
        AttentionSpec(num_heads=2, num_kv_heads=1, head_dim=8, causal=True, has_mask=False, variant="x",
                      parallel_min_work=1)


def test_every_kernel_of_the_golden_l3_dump_has_its_spec():
    from pathlib import Path

    from rlxc.ir_text import parse_module_text

    (path,) = (Path(__file__).parent / "golden" / "tiny-qwen3").glob("[0-9][0-9]-rlx-to-loops.mlir")
    module = parse_module_text(path.read_text(), str(path))
    kernels = [f for f in module.ops if isinstance(f, func.FuncOp) and "rlx.entry" not in f.attributes]
    assert len(kernels) > 10
    for fn in kernels:
        assert KERNEL_ATTR in fn.attributes
        assert spec_of(fn).name == fn.sym_name.data
