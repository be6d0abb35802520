"""Compile profiles: each entry's profile selects how it is compiled; ``threads`` is a
thread count from the CLI down; CompileOptions change only the fields given."""

from __future__ import annotations

import pytest
from xdsl.dialects.builtin import StringAttr

import rlxc
from conftest import FIXTURES
from rlxc.compiler import CompileOptions, lower
from rlxc.flow import ModelFlow
from rlxc.models.config import Qwen3Config
from rlxc.models.qwen3 import Qwen3Flow
from rlxc.profile import CompileProfile, module_profile
from rlx.runtime.errors import CompileError, ConfigError, first_line
from rlx.runtime.weights import open_checkpoint

CFG = Qwen3Config.from_json(FIXTURES["qwen3-untied-gqa2"] / "config.json")


@pytest.mark.parametrize("given, threads", [(0, 0), (1, 1), (4, 4), (True, 0), (False, 1)])
def test_threads_is_the_number_of_threads_a_call_runs_on(given, threads):
    profile = CompileProfile(threads=given)
    assert profile.threads == threads
    assert f"rlx-outline-parallel{{threads={threads}}}" in profile.pipeline_text()


@pytest.mark.parametrize("fields, fragment", [
    ({"threads": -1}, "threads must be an integer >= 0"), ({"threads": "2"}, "threads"),
    ({"precision": "q8"}, "precision 'q8' is not supported; supported: f32"),
    ({"opt_level": 4}, "opt_level"), ({"max_tokens": 0}, "max_tokens"),
])
def test_bad_profile_fields_are_refused(fields, fragment):
    with pytest.raises(CompileError, match=None) as err:
        CompileProfile(**fields)
    assert fragment in str(err.value)
    with pytest.raises(CompileError):
        CompileOptions(**fields)


def test_options_change_only_the_fields_given():
    decode = CompileProfile.decode()
    assert CompileOptions(opt_level=2).entry_profile(decode) == CompileProfile("decode", opt_level=2, max_tokens=1)
    assert CompileOptions().entry_profile(decode) == decode
    every = CompileOptions(CompileProfile(opt_level=1)).entry_profile(decode)
    assert (every.name, every.opt_level, every.max_tokens) == ("decode", 1, 512)
    limited = CompileOptions().limit_tokens(64).limit_tokens(100)
    assert limited.entry_profile(CompileProfile.prefill()).max_tokens == 64
    assert limited.entry_profile(decode).max_tokens == 1
    with pytest.raises(TypeError, match="bogus"):
        CompileOptions(bogus=1)


def test_a_module_has_one_pipeline_and_each_entry_its_tokens():
    both = module_profile({"prefill": CompileProfile.prefill(), "decode": CompileProfile.decode()})
    assert (both.name, both.max_tokens) == ("prefill+decode", 512)
    with pytest.raises(CompileError, match="entries 'prefill' and 'decode' are compiled with different opt_level"):
        module_profile({"prefill": CompileProfile.prefill(), "decode": CompileProfile.decode().with_(opt_level=1)})


def renamed(built, name: str):
    built.name = name
    built.entry.sym_name = StringAttr(name)
    return built


def seq_bounds(lowered) -> dict[str, list]:
    return {name: [c.to_json() for c in entry.constraints if c.low == "SEQ"]
            for name, entry in lowered.manifest.entries.items()}


def test_each_entry_is_planned_for_its_profiles_tokens(tmp_path):
    """Two prefill entries of 8 and 16 tokens per call in one module: each arena is
    planned for its own profile; the pipeline and the dumps say which is which."""
    flow = Qwen3Flow.for_prefill(CFG, 1, "SEQ").dynamic_past().lm_head()
    small = renamed(flow.profile(CompileProfile.prefill(max_tokens=8)).build(), "small")
    large = renamed(flow.profile(CompileProfile("large", max_tokens=16)).build(), "large")
    lowered = lower([small, large], CompileOptions(dump_dir=tmp_path))
    assert seq_bounds(lowered) == {"small": [["SEQ", "8"]], "large": [["SEQ", "16"]]}
    assert lowered.manifest.max_tokens == 16 and lowered.profile.name == "prefill+large"
    note = (tmp_path / "00-pipeline.txt").read_text()
    assert "profile prefill: opt_level=3 threads=0 max_tokens=8 precision=f32 checks=false target=host: @small" in note
    assert "max_tokens=16" in note and "rlx-plan-memory{max-tokens=16}" in note
    assert "rlx.max_tokens = 8 : i64" in (tmp_path / "00-input.mlir").read_text()


def test_the_flows_profile_compiles_it_and_options_override_it():
    built = Qwen3Flow.for_decode(CFG, 1, "PAST_SEQ").profile(CompileProfile("fast", opt_level=1, threads=1)).build()
    weights = open_checkpoint(FIXTURES["qwen3-untied-gqa2"])
    fn = rlxc.jit(built, weights)
    assert (fn.lowered.profile.opt_level, fn.lowered.profile.threads) == (1, 1)
    assert "GOMP" not in fn.lowered.llvm_ir  # threads=1: serial code
    assert rlxc.jit(built, weights, opt_level=0).lowered.profile.opt_level == 0


def test_gather_last_token_at_keeps_the_last_of_its_tokens():
    def flow(shape, batch, seq):
        return (ModelFlow("f").input("x", shape).stage(lambda ctx: setattr(ctx, "hidden", ctx.input("x")))
                .gather_last_token_at(batch, seq).output("y"))

    built = flow((2, "SEQ", 4), 2, "SEQ").build()
    assert str(built.entry.function_type.outputs.data[0]) == '!rlx.tensor<"2x1x4", f32>'
    with pytest.raises(ConfigError, match=r"gather_last_token_at\(1, 5\): the hidden state is 2x5x4, not 1x5xH"):
        flow((2, 5, 4), 1, 5).build()


def test_cli_flags_set_only_the_fields_given():
    from rlxc.cli import build_parser
    from rlxc.commands.common import compile_options

    parse = lambda *flags: compile_options(build_parser().parse_args(["compile", "m", "-o", "o", *flags]))  # noqa: E731
    assert parse().changes == {}
    assert parse("--threads", "0").changes == {"threads": 0}
    assert parse("--threads", "3", "-O", "1", "--checks").changes == {"threads": 3, "opt_level": 1, "checks": True}


@pytest.mark.parametrize("message, line", [
    (ValueError("\n  bad thing \nmore"), "bad thing"), (ValueError(), "ValueError"),
    ("", "unknown error"), ("one", "one"),
])
def test_first_line(message, line):
    assert first_line(message) == line
    assert first_line(ValueError(), "") == ""
