"""L3 → LLVM emitter + host backend: parse small L3 modules, emit, optimise, JIT, compare with numpy."""

from __future__ import annotations

import ctypes
import re
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest
from xdsl.dialects.builtin import ModuleOp
from xdsl.parser import Parser

from rlx.lowering.llvm.translate import emit_llvm, l3_context
from rlx.lowering.llvm_passes import to_llvm_ir
from rlx.lowering.llvm_target import (
    JITEngine,
    emit_assembly,
    emit_object,
    host_cpu,
    optimize,
)
from rlxc.link import link_shared_object
from rlx.runtime.errors import CompileError

P = ctypes.c_void_p
I64 = ctypes.c_int64


# ----------------------------------------------------------------------------- helpers


def parse(src: str) -> ModuleOp:
    module = Parser(l3_context(), src).parse_module()
    module.verify()
    return module


def lower_to_llvm(module: ModuleOp, threads: bool | int = True) -> str:
    """The default L3 -> LLVM IR path: the preparation passes, then the translator."""
    return to_llvm_ir(module, (0 if threads else 1) if isinstance(threads, bool) else threads)


def build(src: str, *, threads: bool = True, opt: int = 3) -> JITEngine:
    """Emit + JIT; the engine runs the O<opt> pipeline itself."""
    return JITEngine(str(lower_to_llvm(parse(src), threads=threads)), opt)


def fn(engine: JITEngine, name: str, *argtypes, restype=None):
    return engine.function(name, restype, *argtypes)


def ptr(a: np.ndarray) -> int:
    assert a.flags.c_contiguous
    return a.ctypes.data


def loop_kernel(name: str, args: str, body: str, *, step: str = "1", entry: bool = True) -> str:
    """A func whose body is ``scf.for %i = 0 to %n step <step> { body }``."""
    attrs = " attributes {rlx.entry}" if entry else ""
    return f"""
  func.func @{name}({args}){attrs} {{
    %c0 = arith.constant 0 : index
    %cstep = arith.constant {step} : index
    scf.for %i = %c0 to %n step %cstep {{
{body}
    }}
    func.return
  }}"""


def module(*funcs: str) -> str:
    return "builtin.module {" + "".join(funcs) + "\n}\n"


# ----------------------------------------------------------------------------- kernels

AXPY = module(loop_kernel(
    "axpy", "%x: memref<?xf32>, %y: memref<?xf32>, %n: index, %alpha: f32", """
      %xv = memref.load %x[%i] : memref<?xf32>
      %yv = memref.load %y[%i] : memref<?xf32>
      %p = arith.mulf %alpha, %xv : f32
      %s = arith.addf %p, %yv : f32
      memref.store %s, %y[%i] : memref<?xf32>"""))

DOT = """
builtin.module {
  func.func @dot(%a: memref<?xf32>, %b: memref<?xf32>, %n: index, %out: memref<1xf32>) attributes {rlx.entry} {
    %c0 = arith.constant 0 : index
    %c8 = arith.constant 8 : index
    %c16 = arith.constant 16 : index
    %zero = arith.constant dense<0.0> : vector<8xf32>
    %r:2 = scf.for %i = %c0 to %n step %c16 iter_args(%acc0 = %zero, %acc1 = %zero) -> (vector<8xf32>, vector<8xf32>) {
      %va0 = vector.load %a[%i] : memref<?xf32>, vector<8xf32>
      %vb0 = vector.load %b[%i] : memref<?xf32>, vector<8xf32>
      %i8 = arith.addi %i, %c8 : index
      %va1 = vector.load %a[%i8] : memref<?xf32>, vector<8xf32>
      %vb1 = vector.load %b[%i8] : memref<?xf32>, vector<8xf32>
      %n0 = vector.fma %va0, %vb0, %acc0 : vector<8xf32>
      %n1 = vector.fma %va1, %vb1, %acc1 : vector<8xf32>
      scf.yield %n0, %n1 : vector<8xf32>, vector<8xf32>
    }
    %sum = arith.addf %r#0, %r#1 : vector<8xf32>
    %t = vector.reduction <add>, %sum : vector<8xf32> into f32
    memref.store %t, %out[%c0] : memref<1xf32>
    func.return
  }
}
"""

PARALLEL = """
builtin.module {
  func.func @par(%x: memref<?xf32>, %y: memref<?xf32>, %lb: index, %n: index, %scale: f32) attributes {rlx.entry} {
    %c3 = arith.constant 3 : index
    %one = arith.constant 1.0 : f32
    "scf.parallel"(%lb, %n, %c3) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
    ^bb0(%i: index):
      %v = memref.load %x[%i] : memref<?xf32>
      %e = math.exp %v : f32
      %s = arith.mulf %e, %scale : f32
      %t = arith.addf %s, %one : f32
      %ii = arith.index_cast %i : index to i32
      %fi = arith.sitofp %ii : i32 to f32
      %u = arith.addf %t, %fi : f32
      memref.store %u, %y[%i] : memref<?xf32>
      scf.reduce
    }) : (index, index, index) -> ()
    func.return
  }
}
"""


# ----------------------------------------------------------------------------- basic kernels


def test_axpy_scalar_loop():
    eng = build(AXPY)
    axpy = fn(eng, "axpy", P, P, I64, ctypes.c_float)
    rng = np.random.default_rng(0)
    for n in (0, 1, 7, 1000):
        x = rng.standard_normal(n).astype(np.float32)
        y = rng.standard_normal(n).astype(np.float32)
        want = 1.5 * x + y
        axpy(ptr(x), ptr(y), n, 1.5)
        np.testing.assert_allclose(y, want, rtol=1e-6, atol=1e-6)


def test_emitted_ir_shape():
    ll = str(lower_to_llvm(parse(AXPY)))
    assert re.search(r"define void @\"?axpy\"?\(ptr [^,]*noalias", ll)
    assert "axpy_packed" in ll
    # rlx-fastmath's defaults: no nnan/ninf (masked softmax uses -inf), and neither
    # reassoc nor contract on element-wise ops (LLVM would round them by their context)
    assert re.search(r"fadd afn arcp nsz float", ll)
    assert not re.search(r"(nnan|ninf|reassoc|contract)", ll)


def test_vectorized_dot_product():
    eng = build(DOT)
    dot = fn(eng, "dot", P, P, I64, P)
    rng = np.random.default_rng(1)
    for n in (0, 16, 1024, 4096):
        a = rng.standard_normal(n).astype(np.float32)
        b = rng.standard_normal(n).astype(np.float32)
        out = np.zeros(1, np.float32)
        dot(ptr(a), ptr(b), n, ptr(out))
        want = float(np.dot(a.astype(np.float64), b.astype(np.float64)))
        assert out[0] == pytest.approx(want, rel=1e-4, abs=1e-3)


def test_dot_assembly_uses_ymm_fma():
    asm = emit_assembly(optimize(str(lower_to_llvm(parse(DOT)))))
    fma_lines = [ln for ln in asm.splitlines() if "vfmadd" in ln]
    assert fma_lines, "no FMA instruction in the dot kernel"
    assert any("ymm" in ln for ln in fma_lines), fma_lines[:4]


def test_jit_runs_ir_pipeline_itself():
    """Raw emitter output handed to JITEngine must still get the O3 pipeline."""
    eng_raw = build(DOT, opt=3)
    eng_o0 = build(DOT, opt=0)
    a = np.ones(4096, np.float32)
    out = np.zeros(1, np.float32)
    for eng in (eng_raw, eng_o0):
        fn(eng, "dot", P, P, I64, P)(ptr(a), ptr(a), a.size, ptr(out))
        assert out[0] == 4096


def test_host_cpu_reports_features():
    name, features = host_cpu()
    assert name and isinstance(features, str)


SCF_IF = """
builtin.module {
  func.func private @twice(%v: f32) -> f32 {
    %two = arith.constant 2.0 : f32
    %r = arith.mulf %v, %two : f32
    func.return %r : f32
  }
  func.func @branchy(%x: memref<?xf32>, %y: memref<?xf32>, %n: index, %cnt: memref<1xi64>) attributes {rlx.entry} {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %z = arith.constant 0.0 : f32
    %k0 = arith.constant 0 : i64
    %k1 = arith.constant 1 : i64
    %pos = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %k0) -> (i64) {
      %v = memref.load %x[%i] : memref<?xf32>
      %p = arith.cmpf ogt, %v, %z : f32
      %r, %inc = scf.if %p -> (f32, i64) {
        %d = func.call @twice(%v) : (f32) -> f32
        scf.yield %d, %k1 : f32, i64
      } else {
        %m = arith.negf %v : f32
        scf.yield %m, %k0 : f32, i64
      }
      memref.store %r, %y[%i] : memref<?xf32>
      %nacc = arith.addi %acc, %inc : i64
      scf.yield %nacc : i64
    }
    %big = arith.cmpi sgt, %pos, %k0 : i64
    scf.if %big {
      memref.store %pos, %cnt[%c0] : memref<1xi64>
    }
    func.return
  }
}
"""


def test_scf_if_with_results_and_call():
    ll = str(lower_to_llvm(parse(SCF_IF)))
    assert re.search(r"define internal float @\"?twice\"?\(float %\"?v\"?\) noinline", ll) or \
        re.search(r"define internal float @\"?twice\"?.*noinline", ll)
    eng = build(SCF_IF)
    f = fn(eng, "branchy", P, P, I64, P)
    x = np.array([1.0, -2.0, 3.5, 0.0, -0.5, 4.0], np.float32)
    y = np.zeros_like(x)
    cnt = np.full(1, -7, np.int64)
    f(ptr(x), ptr(y), x.size, ptr(cnt))
    np.testing.assert_array_equal(y, np.where(x > 0, 2 * x, -x))
    assert cnt[0] == 3
    cnt[0] = -7
    neg = -np.abs(x) - 1
    f(ptr(neg), ptr(y), neg.size, ptr(cnt))
    assert cnt[0] == -7  # the else-less scf.if was skipped


ITER_ARGS = module(f"""
  func.func @stats(%x: memref<?xf32>, %n: index, %out: memref<?xf32>) attributes {{rlx.entry}} {{
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c2 = arith.constant 2 : index
    %z = arith.constant 0.0 : f32
    %ninf = arith.constant 0xFF800000 : f32
    %r:3 = scf.for %i = %c0 to %n step %c1 iter_args(%s = %z, %m = %ninf, %q = %z) -> (f32, f32, f32) {{
      %v = memref.load %x[%i] : memref<?xf32>
      %s2 = arith.addf %s, %v : f32
      %m2 = arith.maximumf %m, %v : f32
      %v2 = arith.mulf %v, %v : f32
      %q2 = arith.addf %q, %v2 : f32
      scf.yield %s2, %m2, %q2 : f32, f32, f32
    }}
    memref.store %r#0, %out[%c0] : memref<?xf32>
    memref.store %r#1, %out[%c1] : memref<?xf32>
    memref.store %r#2, %out[%c2] : memref<?xf32>
    func.return
  }}""")


def test_iter_args_multiple_results():
    eng = build(ITER_ARGS)
    f = fn(eng, "stats", P, I64, P)
    x = np.random.default_rng(2).standard_normal(777).astype(np.float32)
    out = np.zeros(3, np.float32)
    f(ptr(x), x.size, ptr(out))
    np.testing.assert_allclose(out, [x.sum(), x.max(), (x * x).sum()], rtol=1e-4)
    f(ptr(x), 0, ptr(out))
    assert out[0] == 0 and out[1] == -np.inf and out[2] == 0


# ----------------------------------------------------------------------------- arith table

def _tdiv(a, b):
    """C-style (truncating) signed division, exact for any int width."""
    q = [abs(int(x)) // abs(int(y)) * (1 if (x < 0) == (y < 0) else -1) for x, y in zip(a, b)]
    return np.array(q, dtype=object).astype(a.dtype)


def _u(a):
    """Reinterpret a signed integer array as unsigned of the same width."""
    return a.view(np.dtype(f"u{a.dtype.itemsize}"))


_I32_BIN = {
    "addi": lambda a, b: a + b,
    "subi": lambda a, b: a - b,
    "muli": lambda a, b: a * b,
    "divsi": lambda a, b: _tdiv(a, b),
    "remsi": lambda a, b: np.fmod(a, b),
    "divui": lambda a, b: (_u(a) // _u(b)).view(a.dtype),
    "remui": lambda a, b: (_u(a) % _u(b)).view(a.dtype),
    "minsi": np.minimum,
    "maxsi": np.maximum,
    "minui": lambda a, b: np.minimum(_u(a), _u(b)).view(a.dtype),
    "maxui": lambda a, b: np.maximum(_u(a), _u(b)).view(a.dtype),
    "andi": np.bitwise_and,
    "ori": np.bitwise_or,
    "xori": np.bitwise_xor,
    "shli": lambda a, b: np.left_shift(a, b),
    "shrsi": lambda a, b: np.right_shift(a, b),
    "shrui": lambda a, b: np.right_shift(_u(a), _u(b)).view(a.dtype),
}
_F32_BIN = {
    "addf": np.add, "subf": np.subtract, "mulf": np.multiply, "divf": np.divide,
    "maximumf": np.maximum, "minimumf": np.minimum, "maxnumf": np.fmax, "minnumf": np.fmin,
}
_CMPI = {"eq": np.equal, "ne": np.not_equal, "slt": np.less, "sle": np.less_equal,
         "sgt": np.greater, "sge": np.greater_equal}
_CMPI_U = {"ult": np.less, "ule": np.less_equal, "ugt": np.greater, "uge": np.greater_equal}
_CMPF_ORD = {"oeq": np.equal, "ogt": np.greater, "oge": np.greater_equal, "olt": np.less,
             "ole": np.less_equal, "one": np.not_equal}


def _cmpf_ref(pred):
    def ref(a, b):
        unordered = np.isnan(a) | np.isnan(b)
        if pred == "false":
            return np.zeros(a.shape, bool)
        if pred == "true":
            return np.ones(a.shape, bool)
        if pred == "ord":
            return ~unordered
        if pred == "uno":
            return unordered
        with np.errstate(invalid="ignore"):
            if pred in _CMPF_ORD:
                return _CMPF_ORD[pred](a, b) & ~unordered
            return _CMPF_ORD["o" + pred[1:]](a, b) | unordered
    return ref


def _arith_cases():
    """(name, in_type, out_type, body producing %r from %x/%y, reference, input kind)."""
    cases = []
    for op, ref in _I32_BIN.items():
        kind = "shift" if op.startswith("sh") else "nonzero" if "div" in op or "rem" in op else "int"
        cases.append((op, "i32", "i32", f"%r = arith.{op} %x, %y : i32", ref, kind))
    for op in ("addi", "muli", "divsi", "remui", "maxsi", "shrsi"):
        kind = "shift64" if op.startswith("sh") else "nonzero" if "div" in op or "rem" in op else "int"
        cases.append((f"{op}_i64", "i64", "i64", f"%r = arith.{op} %x, %y : i64",
                      _I32_BIN[op], kind))
    for op, ref in _F32_BIN.items():
        cases.append((op, "f32", "f32", f"%r = arith.{op} %x, %y : f32", ref, "float"))
    cases.append(("negf", "f32", "f32", "%r = arith.negf %x : f32", lambda a, b: -a, "float"))
    for pred, ref in {**_CMPI, **_CMPI_U}.items():
        if pred in _CMPI_U:
            ref = (lambda f: lambda a, b: f(a.view(np.uint32), b.view(np.uint32)))(ref)
        cases.append((f"cmpi_{pred}", "i32", "i32",
                      f"%p = arith.cmpi {pred}, %x, %y : i32\n      %r = arith.extui %p : i1 to i32",
                      (lambda f: lambda a, b: f(a, b).astype(np.int32))(ref), "cmp"))
    preds = ["false", "oeq", "ogt", "oge", "olt", "ole", "one", "ord",
             "ueq", "ugt", "uge", "ult", "ule", "une", "uno", "true"]
    for pred in preds:
        cases.append((f"cmpf_{pred}", "f32", "i32",
                      f"%p = arith.cmpf {pred}, %x, %y : f32\n      %r = arith.extui %p : i1 to i32",
                      (lambda f: lambda a, b: f(a, b).astype(np.int32))(_cmpf_ref(pred)), "nanfloat"))
    cases += [
        ("select", "f32", "f32",
         "%p = arith.cmpf olt, %x, %y : f32\n      %r = arith.select %p, %x, %y : f32",
         lambda a, b: np.where(a < b, a, b), "float"),
        ("sitofp", "i32", "f32", "%r = arith.sitofp %x : i32 to f32",
         lambda a, b: a.astype(np.float32), "int"),
        ("uitofp", "i32", "f32", "%r = arith.uitofp %x : i32 to f32",
         lambda a, b: a.view(np.uint32).astype(np.float32), "int"),
        ("fptosi", "f32", "i32", "%r = arith.fptosi %x : f32 to i32",
         lambda a, b: a.astype(np.int32), "bigfloat"),
        ("fptoui", "f32", "i32", "%r = arith.fptoui %x : f32 to i32",
         lambda a, b: np.abs(a).astype(np.uint32).view(np.int32), "posfloat"),
        ("extf", "f32", "f64", "%r = arith.extf %x : f32 to f64",
         lambda a, b: a.astype(np.float64), "float"),
        ("truncf", "f64", "f32", "%r = arith.truncf %x : f64 to f32",
         lambda a, b: a.astype(np.float32), "float"),
        ("extsi", "i32", "i64", "%r = arith.extsi %x : i32 to i64",
         lambda a, b: a.astype(np.int64), "int"),
        ("extui", "i32", "i64", "%r = arith.extui %x : i32 to i64",
         lambda a, b: a.view(np.uint32).astype(np.int64), "int"),
        ("trunci", "i64", "i32", "%r = arith.trunci %x : i64 to i32",
         lambda a, b: a.astype(np.int32), "int"),
        ("bitcast", "f32", "i32", "%r = arith.bitcast %x : f32 to i32",
         lambda a, b: a.view(np.int32), "float"),
        ("index_cast", "i32", "i64",
         "%ix = arith.index_cast %x : i32 to index\n      %r = arith.index_cast %ix : index to i64",
         lambda a, b: a.astype(np.int64), "int"),
        ("index_castui", "i32", "i64",
         "%ix = arith.index_castui %x : i32 to index\n      %r = arith.index_cast %ix : index to i64",
         lambda a, b: a.view(np.uint32).astype(np.int64), "int"),
        ("index_cast_trunc", "i64", "i32",
         "%ix = arith.index_cast %x : i64 to index\n      %r = arith.index_cast %ix : index to i32",
         lambda a, b: a.astype(np.int32), "int"),
    ]
    return cases


def _inputs(kind: str, dtype: str, n: int, rng: np.random.Generator):
    np_t = {"i32": np.int32, "i64": np.int64, "f32": np.float32, "f64": np.float64}[dtype]
    if kind in ("int", "nonzero", "cmp", "shift", "shift64"):
        info = np.iinfo(np_t)
        a = rng.integers(info.min, info.max, n, dtype=np_t, endpoint=True)
        b = rng.integers(info.min, info.max, n, dtype=np_t, endpoint=True)
        a[:4] = [0, -1, info.min, info.max]
        if kind == "nonzero":
            b[b == 0] = 3
            b[:4] = [7, -7, 5, -1 if np_t != np.int32 else 3]  # avoid INT_MIN / -1
            b[b == -1] = 1
        elif kind == "cmp":
            b[4:8] = a[4:8]  # equal pairs
            b[8:12] = -a[8:12]
        elif kind in ("shift", "shift64"):
            b = rng.integers(0, 32 if kind == "shift" else 64, n).astype(np_t)
        return a, b
    a = (rng.standard_normal(n) * 10).astype(np_t)
    b = (rng.standard_normal(n) * 10).astype(np_t)
    if kind == "bigfloat":
        a = (rng.standard_normal(n) * 1e6).astype(np_t)
    elif kind == "posfloat":
        a = (rng.random(n) * 3e9).astype(np_t)
    elif kind == "nanfloat":
        a[:4] = [np.nan, 1.0, np.nan, -np.inf]
        b[:4] = [1.0, np.nan, np.nan, -np.inf]
        b[4:8] = a[4:8]
    if kind == "float" and dtype == "f32":
        a[:2] = [np.nan, 1.0]  # min/max NaN semantics
        b[:2] = [2.0, np.nan]
    return a, b


ARITH_CASES = _arith_cases()


@pytest.fixture(scope="module")
def arith_engine():
    funcs = []
    for name, tin, tout, body, _, _ in ARITH_CASES:
        funcs.append(loop_kernel(
            f"k_{name}",
            f"%a: memref<?x{tin}>, %b: memref<?x{tin}>, %c: memref<?x{tout}>, %n: index",
            f"""      %x = memref.load %a[%i] : memref<?x{tin}>
      %y = memref.load %b[%i] : memref<?x{tin}>
      {body}
      memref.store %r, %c[%i] : memref<?x{tout}>"""))
    return build(module(*funcs))


@pytest.mark.parametrize("case", ARITH_CASES, ids=[c[0] for c in ARITH_CASES])
def test_arith_op_table(arith_engine, case):
    name, tin, tout, _, ref, kind = case
    rng = np.random.default_rng(abs(hash(name)) % 2**32)
    n = 64
    a, b = _inputs(kind, tin, n, rng)
    out_t = {"i32": np.int32, "i64": np.int64, "f32": np.float32, "f64": np.float64}[tout]
    c = np.zeros(n, out_t)
    fn(arith_engine, f"k_{name}", P, P, P, I64)(ptr(a), ptr(b), ptr(c), n)
    with np.errstate(all="ignore"):
        want = np.asarray(ref(a, b)).astype(out_t)
    if tout.startswith("f"):
        np.testing.assert_allclose(c, want, rtol=2e-7, equal_nan=True)
    else:
        np.testing.assert_array_equal(c, want)


MATH_CASES = [
    ("sqrt", lambda x: np.sqrt(np.abs(x)), "%ax = math.absf %x : f32\n      %r = math.sqrt %ax : f32", 1e-6),
    ("rsqrt", lambda x: 1 / np.sqrt(np.abs(x) + 1), "%ax = math.absf %x : f32\n      %one = arith.constant 1.0 : f32\n"
     "      %ay = arith.addf %ax, %one : f32\n      %r = math.rsqrt %ay : f32", 1e-6),
    ("tanh", np.tanh, "%r = math.tanh %x : f32", 1e-6),
    ("cos", np.cos, "%r = math.cos %x : f32", 1e-6),
    ("sin", np.sin, "%r = math.sin %x : f32", 1e-6),
    ("log", lambda x: np.log(np.abs(x) + 0.5), "%ax = math.absf %x : f32\n      %h = arith.constant 0.5 : f32\n"
     "      %ay = arith.addf %ax, %h : f32\n      %r = math.log %ay : f32", 1e-6),
    ("exp", np.exp, "%r = math.exp %x : f32", 2e-7),
    ("absf", np.abs, "%r = math.absf %x : f32", 0),
    ("fma", lambda x: x * 3 + x, "%three = arith.constant 3.0 : f32\n      %r = math.fma %x, %three, %x : f32", 1e-6),
]


@pytest.mark.parametrize("case", MATH_CASES, ids=[c[0] for c in MATH_CASES])
def test_math_ops_scalar_and_vector(case):
    name, ref, body, rtol = case
    scalar = loop_kernel("s", "%a: memref<?xf32>, %c: memref<?xf32>", f"""
      %x = memref.load %a[%i] : memref<?xf32>
      {body}
      memref.store %r, %c[%i] : memref<?xf32>""").replace("(%a", "(%n: index, %a")
    vbody = re.sub(r": f32", ": vector<8xf32>", body)
    vbody = re.sub(r"arith.constant ([-0-9.e+]+) : vector<8xf32>", r"arith.constant dense<\1> : vector<8xf32>", vbody)
    vec = loop_kernel("v", "%a: memref<?xf32>, %c: memref<?xf32>", f"""
      %x = vector.load %a[%i] : memref<?xf32>, vector<8xf32>
      {vbody}
      vector.store %r, %c[%i] : memref<?xf32>, vector<8xf32>""", step="8").replace("(%a", "(%n: index, %a")
    eng = build(module(scalar, vec))
    x = np.random.default_rng(3).uniform(-6, 6, 256).astype(np.float32)
    x[:4] = [0.0, 1e-5, -0.3, 0.49]
    want = ref(x.astype(np.float64))
    for kname in ("s", "v"):
        c = np.zeros_like(x)
        fn(eng, kname, I64, P, P)(x.size, ptr(x), ptr(c))
        np.testing.assert_allclose(c, want, rtol=rtol, atol=1e-7 if rtol else 0, err_msg=kname)


# ----------------------------------------------------------------------------- exp accuracy

EXP_KERNELS = module(
    loop_kernel("vexp", "%a: memref<?xf32>, %c: memref<?xf32>, %n: index", """
      %x = vector.load %a[%i] : memref<?xf32>, vector<8xf32>
      %e = math.exp %x : vector<8xf32>
      vector.store %e, %c[%i] : memref<?xf32>, vector<8xf32>""", step="8"),
    loop_kernel("sexp", "%a: memref<?xf32>, %c: memref<?xf32>, %n: index", """
      %x = memref.load %a[%i] : memref<?xf32>
      %e = math.exp %x : f32
      memref.store %e, %c[%i] : memref<?xf32>"""),
)


@pytest.mark.parametrize("kernel", ["vexp", "sexp"])
def test_exp_accuracy(kernel):
    eng = build(EXP_KERNELS)
    f = fn(eng, kernel, P, P, I64)
    grid = np.linspace(-100.0, 90.0, 400_000, dtype=np.float32)
    rng = np.random.default_rng(4)
    extra = np.array([-np.inf, -1e30, -103.0, -88.5, -87.4, -87.0, 0.0, -0.0, 1e-8,
                      88.0, 88.7, 88.8, 1e30, np.inf, np.nan, 1.0], np.float32)
    x = np.concatenate([grid, rng.uniform(-87, 88, 100_000).astype(np.float32), extra])
    x = np.ascontiguousarray(x[: x.size // 8 * 8])
    c = np.zeros_like(x)
    f(ptr(x), ptr(c), x.size)
    with np.errstate(over="ignore"):
        want = np.exp(x.astype(np.float64))
    core = (x >= -87) & (x <= 88)
    rel = np.abs(c[core] - want[core]) / want[core]
    assert rel.max() <= 2e-7, f"max rel err {rel.max():.3g} at x={x[core][rel.argmax()]}"
    assert c[x == -np.inf][0] == 0.0
    assert np.all(c[(x < -88)] <= 1.2e-38) and np.all(c[x < -88] >= 0)
    assert np.all(c[x <= -103] == 0.0)
    assert np.isinf(c[x == np.inf][0]) and np.isnan(c[np.isnan(x)][0])
    assert np.all(np.isfinite(c[(x > 88) & (x <= 88.7)]))
    finite = c[: grid.size][grid <= 88.7]
    assert np.all(np.diff(finite) >= 0), "exp should be monotone on the grid"


def test_exp_inline_no_libm_call():
    ll = optimize(str(lower_to_llvm(parse(EXP_KERNELS))))
    assert "@expf" not in ll and "llvm.exp." not in ll
    vexp = ll[ll.index("@vexp("):]
    vexp = vexp[: vexp.index("\n}\n")]
    assert "<8 x float>" in vexp


# ----------------------------------------------------------------------------- vector ops

VECTOR_OPS = """
builtin.module {
  func.func @vops(%a: memref<?xf32>, %out: memref<?xf32>, %s: f32) attributes {rlx.entry} {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c2 = arith.constant 2 : index
    %c3 = arith.constant 3 : index
    %c4 = arith.constant 4 : index
    %c5 = arith.constant 5 : index
    %c6 = arith.constant 6 : index
    %c7 = arith.constant 7 : index
    %c8 = arith.constant 8 : index
    %c16 = arith.constant 16 : index
    %v = vector.load %a[%c0] : memref<?xf32>, vector<8xf32>
    %w = vector.load %a[%c1] : memref<?xf32>, vector<8xf32>
    %r_add = vector.reduction <add>, %v : vector<8xf32> into f32
    %r_add_acc = vector.reduction <add>, %v, %s : vector<8xf32> into f32
    %r_mul = vector.reduction <mul>, %v : vector<8xf32> into f32
    %r_max = vector.reduction <maxnumf>, %v : vector<8xf32> into f32
    %r_min = vector.reduction <minnumf>, %v, %s : vector<8xf32> into f32
    %r_maxi = vector.reduction <maximumf>, %v, %s : vector<8xf32> into f32
    %r_mini = vector.reduction <minimumf>, %v : vector<8xf32> into f32
    %e3 = vector.extract %v[3] : f32 from vector<8xf32>
    memref.store %r_add, %out[%c0] : memref<?xf32>
    memref.store %r_add_acc, %out[%c1] : memref<?xf32>
    memref.store %r_mul, %out[%c2] : memref<?xf32>
    memref.store %r_max, %out[%c3] : memref<?xf32>
    memref.store %r_min, %out[%c4] : memref<?xf32>
    memref.store %r_maxi, %out[%c5] : memref<?xf32>
    memref.store %r_mini, %out[%c6] : memref<?xf32>
    memref.store %e3, %out[%c7] : memref<?xf32>
    %b = vector.broadcast %s : f32 to vector<8xf32>
    %ins = vector.insert %e3, %b [5] : f32 into vector<8xf32>
    %m = arith.cmpf ogt, %v, %w : vector<8xf32>
    %sel = arith.select %m, %v, %w : vector<8xf32>
    %sum = arith.addf %sel, %ins : vector<8xf32>
    vector.store %sum, %out[%c8] : memref<?xf32>, vector<8xf32>
    %t = arith.constant true
    %pick = arith.select %t, %b, %v : vector<8xf32>
    vector.store %pick, %out[%c16] : memref<?xf32>, vector<8xf32>
    func.return
  }
}
"""


def test_vector_ops():
    eng = build(VECTOR_OPS)
    f = fn(eng, "vops", P, P, ctypes.c_float)
    a = np.array([0.5, -2.0, 3.0, 1.5, -0.25, 4.0, 2.0, 1.0, 7.0], np.float32)
    out = np.zeros(24, np.float32)
    s = 0.75
    f(ptr(a), ptr(out), s)
    v, w = a[:8], a[1:9]
    np.testing.assert_allclose(out[:8], [v.sum(), v.sum() + s, v.prod(), v.max(), min(v.min(), s),
                                         max(v.max(), s), v.min(), v[3]], rtol=1e-6)
    ins = np.full(8, s, np.float32)
    ins[5] = v[3]
    np.testing.assert_allclose(out[8:16], np.where(v > w, v, w) + ins, rtol=1e-6)
    np.testing.assert_allclose(out[16:24], np.full(8, s), rtol=0)


# ----------------------------------------------------------------------------- packed ABI


PACKED = """
builtin.module {
  func.func @scale_shift(%x: memref<?xf32>, %n: index, %y: memref<?xf32>, %k: i32, %alpha: f32) attributes {rlx.entry} {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %kf = arith.sitofp %k : i32 to f32
    scf.for %i = %c0 to %n step %c1 {
      %v = memref.load %x[%i] : memref<?xf32>
      %p = arith.mulf %v, %alpha : f32
      %q = arith.addf %p, %kf : f32
      memref.store %q, %y[%i] : memref<?xf32>
    }
    func.return
  }
  func.func @helper(%x: memref<?xf32>) {
    func.return
  }
}
"""


def test_packed_wrapper_abi():
    ll = str(lower_to_llvm(parse(PACKED)))
    assert "scale_shift_packed" in ll and "helper_packed" not in ll
    eng = build(PACKED)
    packed = fn(eng, "scale_shift_packed", P, P)
    x = np.arange(10, dtype=np.float32)
    y = np.zeros_like(x)
    ptrs = (ctypes.c_void_p * 2)(ptr(x), ptr(y))
    alpha_bits = int(np.array([2.5], np.float32).view(np.uint32)[0])
    ints = (ctypes.c_int64 * 3)(x.size, -3, alpha_bits)
    packed(ctypes.addressof(ptrs), ctypes.addressof(ints))
    np.testing.assert_allclose(y, x * 2.5 - 3)


# ----------------------------------------------------------------------------- scf.parallel


def _run_parallel(engine, lb, n):
    f = fn(engine, "par", P, P, I64, I64, ctypes.c_float)
    x = np.linspace(-5, 5, max(n, 1), dtype=np.float32)[:n].copy()
    y = np.full(n, -1.0, np.float32)
    f(ptr(x), ptr(y), lb, n, 0.5)
    return x, y


def test_parallel_threads_on_and_off_agree():
    ll_thr = str(lower_to_llvm(parse(PARALLEL), threads=True))
    ll_ser = str(lower_to_llvm(parse(PARALLEL), threads=False))
    assert "GOMP_parallel" in ll_thr and "omp_get_num_threads" in ll_thr and "cmpxchg" in ll_thr  # the guided schedule
    assert "GOMP_parallel" not in ll_ser
    assert str(lower_to_llvm(parse(PARALLEL), threads=1)) == ll_ser  # threads=1 means serial
    ll_two = str(lower_to_llvm(parse(PARALLEL), threads=2))
    assert re.search(r"call void @\"?GOMP_parallel\"?\(.*i32 2, i32 0\)", ll_two)
    thr = JITEngine(ll_thr)
    ser = JITEngine(optimize(ll_ser), run_passes=False)
    two = JITEngine(ll_two, 2)
    for lb, n in ((0, 0), (0, 1), (2, 3), (0, 1000), (1, 4097), (5, 100_003)):
        x, yt = _run_parallel(thr, lb, n)
        _, ys = _run_parallel(ser, lb, n)
        _, y2 = _run_parallel(two, lb, n)
        np.testing.assert_array_equal(yt, ys)
        np.testing.assert_array_equal(y2, ys)
        idx = np.arange(n)
        hit = (idx >= lb) & ((idx - lb) % 3 == 0)
        want = np.where(hit, np.exp(x.astype(np.float64)) * 0.5 + 1 + idx, -1.0)
        np.testing.assert_allclose(yt, want, rtol=1e-6)


def _reversed_chain_loop(src: str, dst: str) -> str:
    """An scf.parallel loop: dst[i] = (acc = acc * 0.5 + src[n-1-i], reps times)."""
    return f"""
    "scf.parallel"(%c0, %n, %c1) <{{operandSegmentSizes = array<i32: 1, 1, 1, 0>}}> ({{
    ^bb0(%i: index):
      %j = arith.subi %n, %i : index
      %k = arith.subi %j, %c1 : index
      %v = memref.load %{src}[%k] : memref<?xf32>
      %acc = scf.for %r = %c0 to %reps step %c1 iter_args(%a = %zero) -> (f32) {{
        %m = arith.mulf %a, %decay : f32
        %b = arith.addf %m, %v : f32
        scf.yield %b : f32
      }}
      memref.store %acc, %{dst}[%i] : memref<?xf32>
      scf.reduce
    }}) : (index, index, index) -> ()"""


TEAM = f"""
builtin.module {{
  func.func @steps(%x: memref<?xf32>, %y: memref<?xf32>, %n: index, %reps: index) attributes {{rlx.entry}} {{
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %zero = arith.constant 0.0 : f32
    %decay = arith.constant 0.5 : f32{_reversed_chain_loop("x", "y")}{_reversed_chain_loop("y", "x")}{_reversed_chain_loop("x", "y")}
    func.return
  }}
}}
"""


def _chain(v: np.ndarray, reps: int) -> np.ndarray:
    """What one TEAM loop computes per item: acc = acc * 0.5 + v, reps times, reversed."""
    acc = np.zeros_like(v, dtype=np.float64)
    for _ in range(min(reps, 60)):  # 0.5**60: later steps no longer change an f32
        acc = acc * 0.5 + v
    return acc[::-1]


def test_an_entry_runs_its_parallel_loops_in_one_team():
    # few items of ~20k dependent steps each, every loop reading what the previous
    # one wrote, reversed: a job started before the last one finished on the other
    # thread, or a lead that did not wait for its worker, reads unfinished items
    ll = str(lower_to_llvm(parse(TEAM), threads=2))
    packed = ll[ll.index('define void @"steps_packed"'):]
    assert '@"rlx.team.run"' in packed[:packed.index("\n}")]
    assert ll.count('call void @"rlx.parallel"') == 3
    steps = fn(JITEngine(ll), "steps_packed", P, P)
    n, reps = 64, 20_000
    x0 = np.random.default_rng(0).uniform(0.5, 1.5, n).astype(np.float32)
    want = _chain(_chain(_chain(x0, reps), reps), reps)

    def run(_) -> None:
        x, y = x0.copy(), np.zeros(n, np.float32)
        ptrs = (ctypes.c_void_p * 2)(ptr(x), ptr(y))
        ints = (ctypes.c_int64 * 2)(n, reps)
        steps(ctypes.addressof(ptrs), ctypes.addressof(ints))
        np.testing.assert_allclose(y, want, rtol=1e-5)

    for i in range(20):
        run(i)
    # two callers at once: one leads a team, the other runs its loops in regions of
    # their own (ctypes releases the GIL during the call)
    with ThreadPoolExecutor(2) as pool:
        list(pool.map(run, range(100)))


def test_the_translator_alone_only_translates():
    """Without the preparation passes: no fast-math flags, llvm.exp, a serial loop."""
    ll = str(emit_llvm(parse(PARALLEL)))
    assert re.search(r"fmul float", ll) and "reassoc" not in ll
    assert "llvm.exp.f32" in ll and "GOMP_parallel" not in ll and "rlx.team" not in ll


def test_one_module_runs_one_team_size():
    src = """
builtin.module {
  func.func @two(%n: index) {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    rlx_cpu.parallel_dispatch @body() range(%c0 to %n step %c1) {threads = 2 : i64} : ()
    rlx_cpu.parallel_dispatch @body() range(%c0 to %n step %c1) {threads = 3 : i64} : ()
    func.return
  }
  func.func private @body(%lo: index, %hi: index, %step: index) attributes {rlx_cpu.parallel_body} {
    func.return
  }
}
"""
    with pytest.raises(CompileError, match="different team sizes"):
        emit_llvm(parse(src))


SHARED = """
builtin.module {
  func.func @one(%n: index) {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    rlx_cpu.parallel_dispatch @body() range(%c0 to %n step %c1) {threads = 0 : i64, share = SHARE : i64} : ()
    func.return
  }
  func.func private @body(%lo: index, %hi: index, %step: index) attributes {rlx_cpu.parallel_body} {
    func.return
  }
}
"""


def test_a_dispatch_share_sets_the_grab_size():
    # each grab takes the unassigned iterations / (share x threads): the runner multiplies
    # the team size by the dispatch's share (2 when the op has none)
    ll = str(emit_llvm(parse(SHARED.replace("SHARE", "1"))))
    assert re.search(r"mul i64 %\S+, 1\b", ll), "the runner does not take share 1"
    default = str(emit_llvm(parse(SHARED.replace(", share = SHARE : i64", ""))))
    assert re.search(r"mul i64 %\S+, 2\b", default)
    with pytest.raises(Exception, match="share must be >= 1"):
        parse(SHARED.replace("SHARE", "0")).verify()


def test_parallel_rejects_reductions():
    src = """
builtin.module {
  func.func @bad(%n: index, %o: memref<1xf32>) {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    "scf.parallel"(%c0, %n, %c1, %c0, %n, %c1) <{operandSegmentSizes = array<i32: 2, 2, 2, 0>}> ({
    ^bb0(%i: index, %j: index):
      scf.reduce
    }) : (index, index, index, index, index, index) -> ()
    func.return
  }
}
"""
    with pytest.raises(CompileError, match="scf.parallel"):
        lower_to_llvm(parse(src))


# ----------------------------------------------------------------------------- errors


def test_unsupported_op_raises_compile_error():
    src = module(loop_kernel("k", "%a: memref<?xf32>, %n: index", """
      %x = memref.load %a[%i] : memref<?xf32>
      %y = math.atan %x : f32
      memref.store %y, %a[%i] : memref<?xf32>"""))
    with pytest.raises(CompileError, match=r"math\.atan.*@k"):
        lower_to_llvm(parse(src))


def test_bad_ir_text_raises_compile_error():
    with pytest.raises(CompileError, match="invalid LLVM IR"):
        optimize("define void @f( {")


def test_jit_unresolved_external_is_compile_error():
    src = """
builtin.module {
  func.func private @rlx_no_such_symbol(f32) -> f32
  func.func @k(%x: f32) -> f32 {
    %y = func.call @rlx_no_such_symbol(%x) : (f32) -> f32
    func.return %y : f32
  }
}
"""
    with pytest.raises(CompileError, match="rlx_no_such_symbol"):
        build(src)


def test_external_declaration_call():
    src = """
builtin.module {
  func.func private @expf(f32) -> f32
  func.func @k(%a: memref<?xf32>, %n: index) attributes {rlx.entry} {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    scf.for %i = %c0 to %n step %c1 {
      %x = memref.load %a[%i] : memref<?xf32>
      %y = func.call @expf(%x) : (f32) -> f32
      memref.store %y, %a[%i] : memref<?xf32>
    }
    func.return
  }
}
"""
    ll = str(lower_to_llvm(parse(src)))
    assert re.search(r"declare float @\"?expf\"?\(float", ll)
    eng = build(src)
    a = np.linspace(-3, 3, 33).astype(np.float32)
    want = np.exp(a)
    fn(eng, "k", P, I64)(ptr(a), a.size)
    np.testing.assert_allclose(a, want, rtol=1e-6)


# ----------------------------------------------------------------------------- shared object


def test_shared_object_link_and_call(tmp_path):
    ll = optimize(str(lower_to_llvm(parse(module(
        loop_kernel("axpy", "%x: memref<?xf32>, %y: memref<?xf32>, %n: index, %alpha: f32", """
      %xv = memref.load %x[%i] : memref<?xf32>
      %yv = memref.load %y[%i] : memref<?xf32>
      %p = arith.mulf %alpha, %xv : f32
      %s = arith.addf %p, %yv : f32
      memref.store %s, %y[%i] : memref<?xf32>"""))))))
    so = link_shared_object(emit_object(ll), tmp_path / "libaxpy.so")
    lib = ctypes.CDLL(str(so))
    lib.axpy.argtypes = [P, P, I64, ctypes.c_float]
    lib.axpy.restype = None
    x = np.arange(100, dtype=np.float32)
    y = np.ones(100, np.float32)
    lib.axpy(ptr(x), ptr(y), 100, 2.0)
    np.testing.assert_allclose(y, 2 * np.arange(100) + 1)

    par_so = link_shared_object(emit_object(optimize(str(lower_to_llvm(parse(PARALLEL))))),
                                tmp_path / "libpar.so")
    plib = ctypes.CDLL(str(par_so))
    plib.par_packed.argtypes = [P, P]
    plib.par_packed.restype = None
    n = 999
    xs = np.linspace(-1, 1, n, dtype=np.float32)
    ys = np.zeros(n, np.float32)
    ptrs = (ctypes.c_void_p * 2)(ptr(xs), ptr(ys))
    scale_bits = int(np.array([0.5], np.float32).view(np.uint32)[0])
    ints = (ctypes.c_int64 * 3)(0, n, scale_bits)
    plib.par_packed(ctypes.addressof(ptrs), ctypes.addressof(ints))
    idx = np.arange(n)
    want = np.where(idx % 3 == 0, np.exp(xs.astype(np.float64)) * 0.5 + 1 + idx, 0.0)
    np.testing.assert_allclose(ys, want, rtol=1e-6)


def test_link_failure_is_compile_error(tmp_path):
    with pytest.raises(CompileError, match="linking failed"):
        link_shared_object(b"definitely not an ELF object", tmp_path / "bad.so")


PREFETCH = module(loop_kernel("warm", "%w: memref<?xf32>, %n: index", """
      rlx_cpu.prefetch %w[%i] : memref<?xf32>
      rlx_cpu.prefetch %w[%i] {cache = "l1"} : memref<?xf32>"""))


def test_prefetch_prints_as_it_parses_and_lowers_to_its_locality():
    """``rlx_cpu.prefetch``: L2 by default (locality 2), ``{cache = "l1"}`` locality 3."""
    mod = parse(PREFETCH)
    assert '{cache = "l1"}' in str(mod) and parse(str(mod)).is_structurally_equivalent(mod)
    ll = str(lower_to_llvm(mod))
    calls = re.findall(r'call void @"llvm\.prefetch\.p0"\(ptr [^,]+, i32 0, i32 (\d), i32 1\)', ll)
    assert sorted(calls) == ["2", "3"]


def test_prefetch_names_an_unknown_cache():
    with pytest.raises(Exception, match="cache must be l1 or l2, got 'l3'"):
        parse(PREFETCH.replace('"l1"', '"l3"'))
