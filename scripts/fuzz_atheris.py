#!/usr/bin/env python
"""Coverage-guided fuzzing of rlx's text front ends with atheris (libFuzzer for Python).

    pip install atheris
    python scripts/fuzz_atheris.py -runs=100000          # or -max_total_time=600
    python scripts/fuzz_atheris.py CORPUS_DIR -runs=0    # replay a corpus / a crash file

Each input picks a target and feeds it text: IR of any level (whole, or spliced into a
seed module of that level), a pipeline string run on the L1 seed, a symbolic shape, a
config.json, a safetensors file. The only allowed outcomes are a result or an
``RlxError`` with a one-line message; anything else is a crash that libFuzzer reports
(and saves) with the input. ``tests/test_fuzz.py::test_atheris_bounded_run`` runs a
short bounded session in the slow suite; save a crash found here as a regression case
in ``tests/test_fuzz.py``.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import atheris

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

with atheris.instrument_imports(include=["rlxc", "rlx"]):
    from rlxc.ir_text import parse_module_text
    from rlxc.models.config import Qwen3Config
    from rlxc.pipeline import parse_passes, run_pipeline
    from rlx.runtime.errors import RlxError
    from rlx.runtime.symbolic import parse_shape
    from rlx.runtime.weights import open_checkpoint

import test_fuzz  # noqa: E402  (the seeds and level pipelines of the hypothesis fuzzers)

SEEDS = test_fuzz.seeds()
NAMES = sorted(SEEDS)


def ir(fdp: atheris.FuzzedDataProvider) -> None:
    name = NAMES[fdp.ConsumeIntInRange(0, len(NAMES) - 1)]
    seed = SEEDS[name]
    at = fdp.ConsumeIntInRange(0, len(seed))
    cut = fdp.ConsumeIntInRange(0, 64)
    text = seed[:at] + fdp.ConsumeUnicodeNoSurrogates(256) + seed[at + cut:]
    try:
        module = parse_module_text(text)
    except RlxError as err:
        check(err)
        return
    run_pipeline(module, test_fuzz.PIPELINES[test_fuzz.level(name)])


def raw_ir(fdp: atheris.FuzzedDataProvider) -> None:
    parse_module_text(fdp.ConsumeUnicodeNoSurrogates(2048))


def pipeline(fdp: atheris.FuzzedDataProvider) -> None:
    passes = parse_passes(fdp.ConsumeUnicodeNoSurrogates(200))
    run_pipeline(parse_module_text(SEEDS["L1"]), passes)


def shape(fdp: atheris.FuzzedDataProvider) -> None:
    parse_shape(fdp.ConsumeUnicodeNoSurrogates(100))


def config(fdp: atheris.FuzzedDataProvider) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "config.json"
        path.write_bytes(fdp.ConsumeBytes(2048))
        Qwen3Config.from_json(path)


def safetensors(fdp: atheris.FuzzedDataProvider) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "model.safetensors").write_bytes(fdp.ConsumeBytes(4096))
        open_checkpoint(tmp).close()


TARGETS = [ir, ir, raw_ir, pipeline, shape, config, safetensors]


def check(err: RlxError) -> None:
    if not str(err) or "\n" in str(err):
        raise AssertionError(f"an RlxError must be one line: {str(err)!r}")


def one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    target = TARGETS[fdp.ConsumeIntInRange(0, len(TARGETS) - 1)]
    try:
        target(fdp)
    except RlxError as err:
        check(err)


if __name__ == "__main__":
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
