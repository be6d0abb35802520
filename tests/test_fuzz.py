"""Fuzzing the text front ends: any input gives a result or an RlxError, never another
exception (and never a crash)."""

from __future__ import annotations

from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from runtime.errors import RlxError

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@cache
def l1_text() -> str:
    from conftest import FIXTURES
    from rlxc.models.config import Qwen3Config
    from rlxc.models.qwen3 import Qwen3Flow

    cfg = Qwen3Config.from_json(FIXTURES["qwen2-bias"] / "config.json")
    return str(Qwen3Flow.for_decode(cfg, 1, "PAST_SEQ").custom_mask().build().module)


def parse_or_user_error(text: str) -> None:
    from rlxc.ir_text import parse_module_text

    try:
        parse_module_text(text)
    except RlxError as err:
        assert "\n" not in str(err)


@SETTINGS
@given(st.data())
def test_mutated_ir_text(data):
    text = l1_text()
    for _ in range(data.draw(st.integers(1, 4))):
        pos = data.draw(st.integers(0, len(text)))
        kind = data.draw(st.sampled_from(["delete", "insert", "replace", "truncate"]))
        if kind == "delete":
            text = text[:pos] + text[pos + data.draw(st.integers(1, 20)):]
        elif kind == "insert":
            text = text[:pos] + data.draw(st.sampled_from(
                ['"', "x", "%", "{", "}", "<", ">", ":", "0", "-1", "SEQ", "?", "\n", "rlx.add", '"2xx3"'])) + text[pos:]
        elif kind == "replace":
            text = text.replace(data.draw(st.sampled_from(
                ["f32", "i32", "PAST_SEQ", "32", "rlx.linear", "num_heads", "eps", "->"])),
                data.draw(st.sampled_from(["f64", "i8", "SEQ", "0", "-3", "rlx.rope", "x", ""])), 1)
        else:
            text = text[:pos]
    parse_or_user_error(text)


@SETTINGS
@given(st.text(max_size=200))
def test_random_ir_text(text):
    parse_or_user_error(text)


@SETTINGS
@given(st.text(alphabet=st.sampled_from(list("rlx-fusebufzi{}=,0123456789 pmaxtokns")), max_size=60))
def test_random_pipeline_strings(spec):
    from rlxc.pipeline import parse_passes

    try:
        parse_passes(spec)
    except RlxError as err:
        assert "\n" not in str(err)
