"""The rlx dialect: symbolic shapes, verifiers that name the operand, round trip."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rlx.dialects.symbolic import SymDim, format_shape, parse_shape
from rlxc.ir_text import parse_module_text
from rlx.runtime.errors import IRError, ShapeError


def T(shape: str, dtype: str = "f32") -> str:
    return f'!rlx.tensor<"{shape}", {dtype}>'


def module(body: str, args: str = "") -> str:
    return f"func.func @f({args}) {{\n{body}\n  func.return\n}}\n"


# ------------------------------------------------------------------ symbolic dims

@pytest.mark.parametrize("text, canonical", [
    ("2xSEQx128", "2xSEQx128"),
    ("1xPAST_SEQ+SEQx64", "1xPAST_SEQ+SEQx64"),
    ("SEQ+PAST_SEQ", "PAST_SEQ+SEQ"),
    ("2*SEQ+1", "2*SEQ+1"),
    ("-1+SEQ", "SEQ-1"),
])
def test_shape_text_is_canonical(text, canonical):
    assert format_shape(parse_shape(text)) == canonical


@pytest.mark.parametrize("bad", ["", "2xx3", "seq", "2x", "1+", "SEQ*2"])
def test_bad_shape_text_is_a_shape_error(bad):
    with pytest.raises(ShapeError, match="bad shape"):
        parse_shape(bad)


@given(st.lists(st.tuples(st.integers(-50, 50), st.dictionaries(
    st.sampled_from(["SEQ", "PAST_SEQ", "MAX_SEQ", "B"]), st.integers(-3, 3), max_size=3)), min_size=1, max_size=4))
def test_shape_round_trips(dims):
    shape = tuple(SymDim._make(c, t) for c, t in dims)
    assert parse_shape(format_shape(shape)) == shape


def test_symbolic_dims_evaluate():
    dim = SymDim.of("PAST_SEQ+SEQ")
    assert dim.evaluate({"PAST_SEQ": 5, "SEQ": 3}) == 8
    with pytest.raises(ShapeError, match="PAST_SEQ"):
        dim.evaluate({"SEQ": 3})


# ------------------------------------------------------------------- verifiers

def linear(x: str, w: str, out: str, bias: str | None = None) -> str:
    args = f"%x: {T(x)}, %w: {T(w)}" + (f", %b: {T(bias)}" if bias else "")
    b = " bias %b" if bias else ""
    bt = f", {T(bias)}" if bias else ""
    return module(f"  %y = rlx.linear %x, %w{b} : {T(x)}, {T(w)}{bt} -> {T(out)}", args)


def test_linear_verifies():
    parse_module_text(linear("2xSEQx128", "64x128", "2xSEQx64", bias="64"))


@pytest.mark.parametrize("x, w, out, bias, message", [
    ("2xSEQx100", "64x128", "2xSEQx64", None, "last dim of 'x'"),
    ("2xSEQx128", "64x128", "2xSEQx32", None, "output has shape"),
    ("2xSEQx128", "64x128", "2xSEQx64", "32", "length of 'bias'"),
    ("2xSEQx128", "64", "2xSEQx64", None, "operand 'w' must have rank 2"),
])
def test_linear_verifier_names_the_operand(x, w, out, bias, message):
    with pytest.raises(IRError, match=message):
        parse_module_text(linear(x, w, out, bias))


def test_attention_checks_heads_and_mask():
    q, kv = T("1xSEQx128"), T("1xPAST_SEQ+SEQx64")
    good = module(f"  %a = rlx.attention %q, %k, %v {{num_heads = 4 : i64, num_kv_heads = 2 : i64, "
                  f"head_dim = 32 : i64, causal}} : {q}, {kv}, {kv} -> {q}",
                  f"%q: {q}, %k: {kv}, %v: {kv}")
    parse_module_text(good)
    with pytest.raises(IRError, match="last dim of 'k'"):
        parse_module_text(good.replace("num_kv_heads = 2 : i64", "num_kv_heads = 4 : i64"))
    with pytest.raises(IRError, match="not divisible"):
        parse_module_text(good.replace("num_kv_heads = 2 : i64", "num_kv_heads = 3 : i64"))


def test_attention_window_is_positive_and_causal():
    q, kv = T("1xSEQx128"), T("1xPAST_SEQ+SEQx64")
    good = module(f"  %a = rlx.attention %q, %k, %v {{num_heads = 4 : i64, num_kv_heads = 2 : i64, "
                  f"head_dim = 32 : i64, causal, window = 6 : i64}} : {q}, {kv}, {kv} -> {q}",
                  f"%q: {q}, %k: {kv}, %v: {kv}")
    op = next(o for o in parse_module_text(good).walk() if o.name == "rlx.attention")
    assert op.window_size() == 6 and "window = 6 : i64" in str(op)
    for bad in ("window = 0 : i64", "window = -2 : i64"):
        with pytest.raises(IRError, match="window .* needs to be >= 1"):
            parse_module_text(good.replace("window = 6 : i64", bad))
    with pytest.raises(IRError, match="the attention causal"):
        parse_module_text(good.replace("causal, ", ""))


def test_embed_needs_i32_ids():
    text = module(f"  %e = rlx.embed %i, %t : {T('1xSEQ', 'f32')}, {T('16x8')} -> {T('1xSEQx8')}",
                  f"%i: {T('1xSEQ', 'f32')}, %t: {T('16x8')}")
    with pytest.raises(IRError, match="operand 'ids' must be i32"):
        parse_module_text(text)


def test_rms_norm_group_must_divide():
    text = module(f"  %n = rlx.rms_norm %x, %w {{eps = 1.0e-06 : f32}} : {T('1xSEQx96')}, {T('64')} -> {T('1xSEQx96')}",
                  f"%x: {T('1xSEQx96')}, %w: {T('64')}")
    with pytest.raises(IRError, match="multiple of the length of 'w'"):
        parse_module_text(text)


@pytest.mark.parametrize("shape, stride", [("1xSEQx16", 8), ("16", 32)])
def test_alloc_row_stride_holds_a_row(shape, stride):
    buffer = f'!rlx.buffer<"{shape}", f32>'
    parse_module_text(module(f"  %h = rlx.alloc {{row_stride = 32 : i64}} : !rlx.buffer<\"1xSEQx16\", f32>"))
    with pytest.raises(IRError, match=f"row_stride {stride} needs a buffer of rank >= 2"):
        parse_module_text(module(f"  %h = rlx.alloc {{row_stride = {stride} : i64}} : {buffer}"))


def test_kv_concat_adds_symbolic_lengths():
    past, new, out = T("1xPAST_SEQx64"), T("1xSEQx64"), T("1xPAST_SEQ+SEQx64")
    parse_module_text(module(f"  %c = rlx.kv_concat %p, %n : {past}, {new} -> {out}", f"%p: {past}, %n: {new}"))
    with pytest.raises(IRError, match="output has shape"):
        parse_module_text(module(f"  %c = rlx.kv_concat %p, %n : {past}, {new} -> {past}", f"%p: {past}, %n: {new}"))


def test_bad_shape_in_type_is_a_parse_error_with_location():
    with pytest.raises(IRError, match=r"<input>:1:\d+: bad shape '2xx3'"):
        parse_module_text(f'func.func @f(%x: !rlx.tensor<"2xx3", f32>) {{\n  func.return\n}}')


# ------------------------------------------------------------------- round trip

def test_built_model_round_trips(tmp_path):
    from conftest import FIXTURES
    from rlxc.models.config import Qwen3Config
    from rlxc.models.qwen3 import Qwen3Flow

    cfg = Qwen3Config.from_json(FIXTURES["qwen2-bias"] / "config.json")
    built = Qwen3Flow.for_decode(cfg, 2, "PAST_SEQ").custom_mask().build()
    text = str(built.module)
    assert '!rlx.tensor<"2xPAST_SEQ+1x32", f32>' in text
    again = parse_module_text(text)
    assert again.is_structurally_equivalent(built.module)


# ------------------------------------------------------------------ the entry ABI attribute

ENTRY = ('func.func @e(%ids: memref<?xi32>, %w: memref<?xf32>, %arena: memref<?xi8>, %SEQ: index) '
         'attributes {{rlx.entry, rlx.abi = #rlx.abi<{abi}>}} {{\n  func.return\n}}\n')
ABI = ('args = [input "input_ids" : "1xSEQ", param "model.norm.weight" packed16 : "64", arena "arena", '
       'symbol "SEQ"], outputs = ["logits"], constraints = ["SEQ <= 128"], arena_bytes = 4096')


def test_the_abi_attribute_prints_as_it_parses():
    from rlx.dialects.abi import abi_of

    module = parse_module_text(ENTRY.format(abi=ABI))
    fn = next(iter(module.ops))
    assert f"#rlx.abi<{ABI}>" in str(module)
    abi = abi_of(fn)
    assert abi.names == ["input_ids", "model.norm.weight", "arena", "SEQ"]
    assert abi.fields()["constraints"] == [("SEQ", "128")] and abi.fields()["arena_bytes"] == 4096
    assert parse_module_text(str(module)).is_structurally_equivalent(module)


@pytest.mark.parametrize("abi, fragment", [
    ('args = [input "ids", arena "arena", symbol "SEQ"]', "describes 3 arguments, the function has 4"),
    ('args = [input "ids", weight "w", arena "arena", symbol "SEQ"]', "unknown role 'weight'"),
    ('args = [input "ids", symbol "w", arena "arena", symbol "SEQ"]', "argument 'w' of role symbol"),
    ('args = [input "ids", param "w", arena "ids", symbol "SEQ"]', "'ids' is named twice"),
    ('constraints = ["SEQ < 4"]', "is not 'a <= b'"),
    ('kv_outputs = {k = "past_k"}', "does not name a kv_cache argument"),
    ('sizes = [1]', "unknown or repeated field 'sizes'"),
])
def test_the_abi_attribute_is_checked(abi, fragment):
    with pytest.raises(IRError, match=fragment):
        parse_module_text(ENTRY.format(abi=abi))
