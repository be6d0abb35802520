"""Running a pass pipeline with verification and IR dumps after every pass."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from runtime.errors import IRError, PassError, RlxError
from rlxc.passes import pass_class


@dataclass
class DumpOptions:
    """What to show of the IR while a pipeline runs."""

    print_ir_after_all: bool = False
    dump_dir: Path | None = None
    verify: bool = True

    def __post_init__(self):
        self.counter = 0
        if self.dump_dir is not None:
            self.dump_dir = Path(self.dump_dir)
            try:
                self.dump_dir.mkdir(parents=True, exist_ok=True)
            except OSError as err:
                raise RlxError(f"cannot create dump directory {self.dump_dir}: {err.strerror}") from None

    def emit(self, label: str, text: str, suffix: str = ".mlir") -> None:
        if self.print_ir_after_all:
            print(f"// -----// IR Dump After {label} //----- //", file=sys.stderr)
            print(text, file=sys.stderr)
        if self.dump_dir is not None:
            path = self.dump_dir / f"{self.counter:02d}-{label}{suffix}"
            path.write_text(text if text.endswith("\n") else text + "\n")
        self.counter += 1


def parse_passes(spec: str) -> list:
    """Pipeline text (``a,b{opt=v}``, parsed by xDSL's pipeline parser) -> pass objects."""
    from xdsl.utils.arg_spec import parse_pipeline

    try:
        specs = list(parse_pipeline(spec))
    except Exception as err:  # xDSL raises its own error types for bad pipeline text
        raise PassError(f"bad pipeline '{spec}': {str(err).splitlines()[0]}") from None
    passes = []
    for s in specs:
        cls = pass_class(s.name)
        try:
            passes.append(cls.from_pass_spec(s))
        except Exception as err:
            raise PassError(f"bad options for pass '{s.name}': {str(err).splitlines()[0]}") from None
    return passes


def run_pipeline(module, spec: str, dumps: DumpOptions | None = None) -> None:
    """Apply ``spec`` to ``module`` in place, verifying and dumping after each pass."""
    from xdsl.context import Context

    dumps = dumps or DumpOptions()
    passes = parse_passes(spec)
    ctx = Context(allow_unregistered=True)
    if dumps.counter == 0:
        dumps.emit("input", str(module))
    for p in passes:
        try:
            p.apply(ctx, module)
        except RlxError:
            raise
        except Exception as err:
            raise PassError(f"pass '{p.name}' failed: {str(err).splitlines()[0] if str(err) else type(err).__name__}") from None
        if dumps.verify:
            try:
                module.verify()
            except Exception as err:
                raise IRError(f"IR after pass '{p.name}' does not verify: {str(err).splitlines()[0]}") from None
        dumps.emit(p.name, str(module))
