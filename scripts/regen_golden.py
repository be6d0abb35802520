#!/usr/bin/env python
"""Regenerate ``tests/golden/tiny-qwen3/``: the IR of the bundled model after every pass.

    python scripts/regen_golden.py

The files are what ``rlxc compile examples/tiny-qwen3 --target x86-64-v4 --dump-ir DIR`` writes, less the
host-specific ones (optimized LLVM IR, assembly) and with the target triple blanked.
``tests/test_pipeline.py::test_golden_dumps`` fails while they are stale: after
changing a pass (or the model builder, a kernel, the emitter) run this script and
review ``git diff tests/golden`` like any other change.
"""

from __future__ import annotations

import re
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "examples" / "tiny-qwen3"
GOLDEN = ROOT / "tests" / "golden" / "tiny-qwen3"
#: Dumps that depend on the host CPU (LLVM's optimizer and code generator).
HOST_SPECIFIC = ("llvm-opt", "llvm-codegen")


#: The goldens are compiled for one named CPU, not the host, so that they are the same on
#: every machine (the kernel choices follow the target); nothing is run.
TARGET = "x86-64-v4"


def compile_with_dumps(dump_dir: Path) -> None:
    """Lower the bundled model for :data:`TARGET` writing every pass's IR to ``dump_dir``
    (``rlxc compile examples/tiny-qwen3 --target x86-64-v4 --dump-ir DIR`` writes the same)."""
    from rlxc.compiler import CompileOptions, lower
    from rlxc.model_file import build_flows, open_model_weights, read_model_spec

    spec = read_model_spec(MODEL)
    weights = open_model_weights(spec, None)
    options = CompileOptions(dump_dir=dump_dir, target=TARGET).for_checkpoint(weights)  # --quant auto: bf16
    lower(build_flows(spec, weights, spec.batch(None), options.prefill_tokens()), options)


def normalize(text: str) -> str:
    return re.sub(r'^target triple = ".*"$', 'target triple = "<host>"', text, flags=re.M)


def golden_files(dump_dir: Path) -> dict[str, str]:
    """The host-independent dumps of ``dump_dir`` by file name, normalized."""
    return {p.name: normalize(p.read_text()) for p in sorted(dump_dir.iterdir())
            if not any(p.stem.endswith(h) for h in HOST_SPECIFIC)}


def main() -> int:
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory(prefix="rlx-golden-") as tmp:
        compile_with_dumps(Path(tmp))
        files = golden_files(Path(tmp))
    shutil.rmtree(GOLDEN, ignore_errors=True)
    GOLDEN.mkdir(parents=True)
    for name, text in files.items():
        (GOLDEN / name).write_text(text)
    print(f"wrote {len(files)} files to {GOLDEN.relative_to(ROOT)}: {', '.join(files)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
