"""Running a pass pipeline: verification, symbol checks, dumps and diffs after every pass.

The IR flowing through a pipeline is of one of three kinds: an xDSL module (``mlir``,
the rlx dialect and the loop level), LLVM IR text (``llvm``) or assembly (``asm``).
Each pass reads one kind and writes one (``convert-to-llvm`` turns ``mlir`` into
``llvm``); :func:`run_pipeline` checks that consecutive passes fit.

What to show while it runs is a :class:`DumpOptions`: ``--print-ir-after-all`` and
``--print-ir-after-change`` print to stderr in MLIR's format, ``--print-ir-diff``
prints what each pass changed (``rlxc/ir_diff.py``), and ``--dump-ir DIR`` writes
``00-input.mlir``, ``01-<pass>.mlir``, … ``NN-convert-to-llvm.ll``, ``NN-llvm-opt.ll``,
``NN-llvm-codegen.s``: each file is the input of the next pass, so a pipeline can be
resumed from any of them with ``rlxc opt``. The compiler adds ``00-pipeline.txt``: the
compile profile of each entry point and the pipeline that runs.
"""

from __future__ import annotations

import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from rlx.runtime.errors import IRError, PassError, RlxError, ShapeError, first_line
from rlxc.passes import IR_KINDS, check_options, pass_class
from rlxc.timing import VERIFY_ROW

SUFFIX = {"mlir": ".mlir", "llvm": ".ll", "asm": ".s", "text": ".txt"}
KIND_NAME = {"mlir": "an xDSL module (.mlir)", "llvm": "LLVM IR (.ll)", "asm": "assembly (.s)"}


def consumes(p) -> str:
    return getattr(p, "consumes", "mlir")


def produces(p) -> str:
    return getattr(p, "produces", "mlir")


# ------------------------------------------------------------------ parsing


def parse_passes(spec: str) -> list:
    """Pipeline text (``a,b{opt=v}``, parsed by xDSL's pipeline parser) -> pass objects."""
    from xdsl.utils.arg_spec import parse_pipeline
    from xdsl.utils.exceptions import ArgSpecParseError

    try:
        specs = list(parse_pipeline(spec))
    except ArgSpecParseError as err:
        raise PassError(f"bad pipeline {spec!r}: {_pipeline_error(err)}") from None
    passes = []
    for s in specs:
        cls = pass_class(s.name)
        check_options(s.name, list(s.parameters))
        try:
            passes.append(cls.from_spec(s))
        except Exception:  # xDSL reports bad option values as ValueError: find the option
            raise PassError(_option_error(cls, s)) from None
    return passes


def _pipeline_error(err) -> str:
    """``<message> at column N`` from xDSL's multi-line pipeline error."""
    lines = [ln.strip() for ln in str(err).splitlines() if ln.strip()]
    where = next((re.search(r":\d+:(\d+)$", ln) for ln in lines if re.search(r":\d+:\d+$", ln)), None)
    msg = lines[-1] if lines else "syntax error"
    return f"{msg} at column {where.group(1)}" if where else msg


def _option_error(cls, spec) -> str:
    from xdsl.utils.arg_spec import ArgSpec

    from rlxc.passes import option_infos

    types = {o.name: o.type for o in option_infos(spec.name)}
    for name, value in spec.parameters.items():
        try:
            cls.from_spec(ArgSpec(spec.name, {name: value}))
        except Exception:
            shown = ",".join(str(v) for v in value) or "nothing"
            wanted = types.get(name.replace("_", "-"), "a value")
            return f"option '{name}' of pass '{spec.name}' takes {wanted}, got '{shown}'"
    return f"bad options for pass '{spec.name}'"


def pipeline_text(passes: list) -> str:
    """Pass objects -> pipeline text, every option spelled out."""
    return ",".join(_pass_text(p) for p in passes)


def _pass_text(p) -> str:
    def value(v) -> str:
        if isinstance(v, str) and (not v or any(c in v for c in ' =;')):  # a flag list, tuning entries
            return f'"{v}"'
        return str(v).lower() if isinstance(v, bool) else str(v)

    options = p.spec(include_default=True).parameters
    args = " ".join(f"{k.replace('_', '-')}={','.join(value(v) for v in vs)}" for k, vs in options.items())
    return p.name + (f"{{{args}}}" if args else "")


def complete(passes: list, emit: str, *, start: str = "mlir", threads: int = 0,
             opt_level: int = 3, target: str = "host") -> list:
    """Append the passes needed for the pipeline to end with IR of kind ``emit``.

    ``llvm`` appends ``convert-to-llvm``, after the passes that prepare L3 for it
    (``rlx-fastmath``, ...) unless the pipeline names one of them (they must run once,
    in order: fast-math flags on an expanded ``exp`` would change its rounding);
    ``asm`` also ``llvm-opt`` (unless the pipeline already optimizes) and ``llvm-codegen``.
    """
    from rlxc.passes import LLVM_PREPARATION, backend_pipeline

    if emit not in IR_KINDS:
        raise PassError(f"cannot emit '{emit}'; choose one of {', '.join(IR_KINDS)}")
    kind = produces(passes[-1]) if passes else start
    if IR_KINDS.index(kind) > IR_KINDS.index(emit):
        raise PassError(f"the pipeline ends with {KIND_NAME[kind]}, which cannot be turned into {KIND_NAME[emit]}")
    tail = {p.name: p for p in parse_passes(backend_pipeline(threads, opt_level, target))}
    names = [p.name for p in passes]
    extra = []
    if kind == "mlir" and emit != "mlir":
        if not set(LLVM_PREPARATION) & set(names):  # naming one of them: the pipeline decides
            extra += [tail[n] for n in LLVM_PREPARATION]
        extra.append(tail["convert-to-llvm"])
    if emit == "asm" and kind != "asm":
        if "llvm-opt" not in names:
            extra.append(tail["llvm-opt"])
        extra.append(tail["llvm-codegen"])
    return passes + extra


def compile_passes(spec: str, *, backend: bool, threads: int = 0, opt_level: int = 3,
                   target: str = "host") -> list:
    """The passes the compiler runs: ``spec`` down to LLVM IR at least.

    Without ``backend`` it stops after ``convert-to-llvm``: the JIT and the ``.so``
    builder run LLVM's optimizer and code generator themselves; ``llvm-opt`` and
    ``llvm-codegen`` only run here when their output is dumped or printed.
    """
    passes = parse_passes(spec)
    if not backend:
        passes = [p for p in passes if consumes(p) == "mlir"]
    return complete(passes, "asm" if backend else "llvm", threads=threads, opt_level=opt_level, target=target)


# ------------------------------------------------------------------ dumps


@dataclass
class DumpOptions:
    """What to show of the IR while a pipeline runs."""

    print_ir_after_all: bool = False
    dump_dir: Path | str | None = None
    verify: bool = True
    #: also verify between the L3 rewrites verified as one group (``VERIFIED_AS_A_GROUP``)
    verify_each: bool = False
    print_ir_after_change: bool = False
    print_ir_diff: bool = False
    stream: TextIO | None = None  # default: sys.stderr at the time of printing
    #: what ``--dump-ir`` writes to ``00-pipeline.txt`` (the compiler: each entry's profile)
    note: str = ""
    #: ``--timing``: time every pass and the verifier (into ``timer``; the caller prints it)
    timing: bool = False
    timer: object = None  # an rlxc.timing.Timer, made when ``timing`` is set and none is given
    counter: int = field(default=0, init=False)

    def __post_init__(self):
        if self.timing and self.timer is None:
            from rlxc.timing import Timer

            self.timer = Timer()
        if self.dump_dir is not None:
            self.dump_dir = Path(self.dump_dir)
            try:
                self.dump_dir.mkdir(parents=True, exist_ok=True)
            except OSError as err:
                raise RlxError(f"cannot create dump directory {self.dump_dir}: {err.strerror}") from None

    @property
    def observing(self) -> bool:
        """Does anyone look at the IR after each pass?"""
        return bool(self.print_ir_after_all or self.print_ir_after_change or self.print_ir_diff
                    or self.dump_dir is not None)

    def out(self) -> TextIO:
        return self.stream or sys.stderr

    def write(self, label: str, text: str, kind: str, *, tag: str = "") -> Path | None:
        """Write ``NN-<label><tag>.<suffix>``; return its path."""
        if self.dump_dir is None:
            return None
        path = self.dump_dir / f"{self.counter:02d}-{label}{tag}{SUFFIX[kind]}"
        try:
            path.write_text(text if text.endswith("\n") else text + "\n")
        except OSError as err:
            raise RlxError(f"cannot write {path}: {err.strerror}") from None
        return path


class _Observer:
    """Prints and dumps the IR after each pass, as ``DumpOptions`` asks.

    A ``.mlir`` dump starts with the command that resumes the pipeline from it.
    """

    def __init__(self, dumps: DumpOptions, passes: list):
        self.dumps = dumps
        self.passes = passes
        self.done = 0  # passes run so far
        self.text: str | None = None
        self.summary = None
        self.label = "input"
        self.kind = "mlir"

    def start(self, ir, kind: str) -> None:
        self.after("input", ir, kind, first=True)
        if self.dumps.note:
            self.dumps.write("pipeline", self.dumps.note, "text")

    def after(self, label: str, ir, kind: str, first: bool = False) -> None:
        d = self.dumps
        if not first:
            self.done += 1
        if not d.observing:
            return
        text = str(ir)
        if not first:
            d.counter += 1
        d.write(label, self.resume_line(label, kind) + text, kind)
        changed = text != self.text
        if not first and (d.print_ir_after_all or (d.print_ir_after_change and changed)):
            print(f"// -----// IR Dump After {label} //----- //", file=d.out())
            print(text.rstrip("\n"), file=d.out())
        if d.print_ir_diff:
            self.print_diff(label, ir, text, kind, first)
        self.text, self.label, self.kind = text, label, kind

    def resume_line(self, label: str, kind: str) -> str:
        rest = self.passes[self.done:]
        if kind != "mlir" or not rest:
            return ""
        name = f"{self.dumps.counter:02d}-{label}{SUFFIX[kind]}"
        return f"// rlxc opt {name} -p '{pipeline_text(rest)}'\n"

    def print_diff(self, label: str, ir, text: str, kind: str, first: bool) -> None:
        from rlxc import ir_diff

        summary = ir_diff.summarize(ir) if kind == "mlir" else None
        if not first:
            before, after = f"{self.dumps.counter - 1:02d}-{self.label}", f"{self.dumps.counter:02d}-{label}"
            if summary is not None and self.summary is not None:
                diff = ir_diff.format_diff(self.summary, summary, before, after)
            elif self.kind == kind == "llvm":
                diff = ir_diff.format_text_diff(self.text, text, before, after)
            else:
                diff = f"--- {before}\n+++ {after}\n# {KIND_NAME[self.kind]} -> {KIND_NAME[kind]}, " \
                       f"{text.count(chr(10)) + 1} lines\n"
            print(f"// -----// IR Diff After {label} //----- //", file=self.dumps.out())
            print(diff.rstrip("\n") or "# no change", file=self.dumps.out())
        self.summary = summary

    def failed(self, label: str, ir) -> Path | None:
        """Dump the IR a pass left behind when it does not verify."""
        if self.dumps.dump_dir is None:
            return None
        self.dumps.counter += 1
        return self.dumps.write(label, str(ir), "mlir", tag=".failed")


# ------------------------------------------------------------------ checks


def symbolic_dims(module) -> dict[str, frozenset[str]]:
    """The named symbolic dims each function computes with: those in its rlx types and
    ``offset``/``kv_len`` properties (L1, L2) and its used ``symbol`` arguments (L3)."""
    from xdsl.dialects import func
    from xdsl.dialects.builtin import StringAttr

    from rlx.dialects.abi import abi_of
    from rlx.dialects.rlx import BufferType, TensorType
    from rlx.dialects.symbolic import parse_shape
    def from_types(types, into: set[str]) -> None:
        for t in types:
            if isinstance(t, TensorType | BufferType):
                into.update(s for d in t.shape for s in d.symbols)

    out = {}
    for fn in module.ops:
        if not isinstance(fn, func.FuncOp) or not fn.body.blocks:
            continue
        found: set[str] = set()
        args = fn.body.block.args
        from_types([*fn.function_type.inputs.data, *fn.function_type.outputs.data], found)
        abi = abi_of(fn)
        if abi is not None and len(abi.names) == len(args):
            found.update(n for a, n, r in zip(args, abi.names, abi.roles) if r == "symbol" and a.uses)
        for op in fn.body.ops:
            from_types((r.type for r in op.results), found)
            for key in ("offset", "kv_len"):
                if isinstance(op.properties.get(key), StringAttr):
                    try:
                        found.update(s for d in parse_shape(op.properties[key].data) for s in d.symbols)
                    except ShapeError:
                        pass
        out[fn.sym_name.data] = frozenset(found)
    return out


def check_symbols(before: dict[str, frozenset[str]], module, pass_name: str) -> None:
    """Every named dim of the input must still be symbolic after ``pass_name``."""
    after = symbolic_dims(module)
    for fn, symbols in before.items():
        if fn in after:
            lost = sorted(symbols - after[fn])
            if lost:
                dims = f"dim{'s' if len(lost) > 1 else ''} {', '.join(lost)}"
                raise IRError(f"pass '{pass_name}' replaced the symbolic {dims} of @{fn} by a constant "
                              f"(the input has it, the output does not)")


def verify(module, pass_name: str) -> None:
    """The xDSL verifier; the error names the pass and the first op that fails."""
    from rlx.dialects.verify import verify_module

    try:
        verify_module(module)
        return
    except Exception as err:  # VerifyException, or whatever a broken op's verifier raises
        message = first_line(err)
    raise IRError(f"IR after pass '{pass_name}' does not verify: {_failing_op(module)}: {message}")


def _failing_op(module) -> str:
    from rlxc.ir_diff import op_key

    for op in module.walk():
        try:
            op.verify(verify_nested_ops=False)
        except Exception:
            return f"op '{op.name}' ({op_key(op)})"
    return "the module"


# ------------------------------------------------------------------ running


@dataclass
class PipelineResult:
    """The IR after the last pass, and the IRs the compiler keeps along the way."""

    ir: object
    kind: str
    module: object = None  # the last xDSL module
    llvm_ir: str | None = None  # what convert-to-llvm produced

    def text(self) -> str:
        text = str(self.ir)
        return text if text.endswith("\n") else text + "\n"


def run_pipeline(ir, pipeline: str | list, dumps: DumpOptions | None = None, *,
                 kind: str = "mlir") -> PipelineResult:
    """Run ``pipeline`` (text or pass objects) on ``ir`` of ``kind``.

    xDSL modules are changed in place. After every pass the module is verified
    (``dumps.verify``) and the named symbolic dims of the input are checked.
    """
    from rlxc.ir_text import context

    dumps = dumps or DumpOptions()
    passes = parse_passes(pipeline) if isinstance(pipeline, str) else list(pipeline)
    check_kinds(passes, kind)
    result = PipelineResult(ir, kind, ir if kind == "mlir" else None)
    observer = _Observer(dumps, passes)
    observer.start(ir, kind)
    symbols = symbolic_dims(ir) if dumps.verify and kind == "mlir" else {}
    ctx = context()
    each = dumps.verify_each or dumps.observing
    timer, verifying = dumps.timer, 0.0
    for i, p in enumerate(passes):
        t0 = time.perf_counter()
        ir = _apply(p, ctx, ir)
        t1 = time.perf_counter()
        kind = produces(p)
        if kind == "mlir" and dumps.verify and (each or not _verified_later(passes, i)):
            _check(_group_name(passes, i) if not each else p.name, ir, symbols, observer)
        verifying += time.perf_counter() - t1
        if timer is not None:
            timer.add(p.name, t1 - t0)
        observer.after(p.name, ir, kind)
        result.ir, result.kind = ir, kind
        if kind == "mlir":
            result.module = ir
        elif p.name == "convert-to-llvm":
            result.llvm_ir = ir
    if timer is not None and dumps.verify:
        timer.add(VERIFY_ROW, verifying)
    return result


def _in_group(passes: list, i: int) -> bool:
    from rlxc.passes import VERIFIED_AS_A_GROUP

    return 0 <= i < len(passes) and passes[i].name in VERIFIED_AS_A_GROUP


def _verified_later(passes: list, i: int) -> bool:
    """Pass ``i`` and the next are L3 rewrites of one group: verify once, after the group."""
    return _in_group(passes, i) and _in_group(passes, i + 1)


def _group_name(passes: list, i: int) -> str:
    """What a verification failure blames: the pass, or the group of passes run since
    the last verification (``cse .. rlx-outline-parallel``)."""
    first = i
    while _in_group(passes, i) and _in_group(passes, first - 1):
        first -= 1
    return passes[i].name if first == i else f"{passes[first].name} .. {passes[i].name}"


def _check(pass_name: str, module, symbols: dict[str, frozenset[str]], observer: _Observer) -> None:
    """Verify after a pass; on failure dump the IR it produced and say where."""
    try:
        verify(module, pass_name)
        check_symbols(symbols, module, pass_name)
    except IRError as err:
        path = observer.failed(pass_name, module)
        raise IRError(f"{err}; the IR it produced is in {path}" if path else str(err)) from None


def check_kinds(passes: list, kind: str) -> None:
    """Each pass must read the kind of IR the one before it writes."""
    for p in passes:
        if consumes(p) != kind:
            raise PassError(f"pass '{p.name}' reads {KIND_NAME[consumes(p)]}, but the IR at that point "
                            f"of the pipeline is {KIND_NAME[kind]}")
        kind = produces(p)


def _apply(p, ctx, ir):
    """Run one pass; any failure becomes a one-line error naming the pass."""
    try:
        if hasattr(p, "run"):  # a BackendPass: returns new IR (LLVM IR or assembly text)
            return p.run(ir)
        p.apply(ctx, ir)
        return ir
    except RlxError as err:
        if p.name in str(err):
            raise
        raise type(err)(f"pass '{p.name}': {err}") from None
    except Exception as err:
        raise PassError(f"pass '{p.name}' failed: {first_line(err)}") from None
