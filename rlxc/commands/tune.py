"""``rlxc tune MODEL``: measure the kernel choices of a model's prefill on this host and
record the winners for later compiles (:mod:`rlxc.tune`, :mod:`rlxc.tuning`)."""

from __future__ import annotations

import sys

from rlxc.commands.common import thread_count
from rlxc.profile import AUTO, KV_FORMATS, PRECISIONS


def register(sub) -> None:
    p = sub.add_parser("tune", help="time candidate kernel blocks for a model on this host and record the winners",
                       description="Time the register blocks of the matmuls and the steps of the prefill attention "
                                   "that MODEL's compile for --target would use, on random inputs of --rows "
                                   "tokens, every candidate in each of --repeats interleaved rounds, and record "
                                   "each kernel's fastest (if its median per-round speed-up over the built-in "
                                   "choice is more than 3%%) in the tuning record that later compiles for the same "
                                   "target read (rlxc compile/run --tuning auto, the default).")
    p.add_argument("model", help="config.json of a Hugging Face checkpoint (or its folder), a GGUF file, "
                                 "or a flow .json")
    p.add_argument("--weights", metavar="DIR", default=None, help="checkpoint directory or GGUF file "
                                                                  "(default: beside MODEL)")
    p.add_argument("--target", default="host", metavar="CPU[,+feat,-feat]",
                   help="the CPU the code is for (default host); AVX2 code can be timed on an AVX-512 host")
    p.add_argument("--quant", dest="precision", choices=(AUTO, *PRECISIONS), default=AUTO,
                   help="the matmul weights' format, as for rlxc compile (default auto)")
    p.add_argument("--kv", dest="kv_format", choices=KV_FORMATS, default="f32", help="the KV caches' format")
    p.add_argument("--threads", type=thread_count, default=0, metavar="N",
                   help="threads the kernels run on, as compiled (default 0: all cores)")
    p.add_argument("--rows", type=int, default=512, help="tokens of the timed prefill call (default 512)")
    p.add_argument("--repeats", type=int, default=11,
                   help="interleaved rounds, each one call of every candidate (default 11)")
    p.add_argument("--kernel", action="append", default=None, metavar="NAME",
                   help="tune only this kernel (repeatable; names as `--list` prints them)")
    p.add_argument("--list", action="store_true", help="print the tunable kernels and their candidates, time none")
    p.add_argument("-o", "--output", default=None, metavar="FILE",
                   help="the tuning record to add to (default: tuning.json in the compile cache, "
                        "which compiles read unless --tuning none)")
    p.set_defaults(func=run)


def run(args) -> int:
    from rlxc.compiler import CompileOptions
    from rlxc.tune import candidates, measure, model_kernels
    from rlxc.tuning import read_record, record_kernels, record_path, write_record
    from rlx.lowering.target import parse_target
    from rlx.runtime.errors import RlxError

    if not 1 <= args.rows <= 1 << 16 or not 1 <= args.repeats <= 1000:
        raise RlxError(f"--rows must be in 1..65536 and --repeats in 1..1000 (got {args.rows}, {args.repeats})")
    options = CompileOptions(target=args.target, precision=args.precision, kv_format=args.kv_format,
                             threads=args.threads, max_tokens=args.rows, tuning="none")
    kernels, profile = model_kernels(args.model, options, args.weights)
    target = parse_target(profile.target)
    if args.kernel:
        unknown = sorted(set(args.kernel) - {k.name for k in kernels})
        if unknown:
            raise RlxError(f"--kernel {unknown[0]}: not a tunable kernel of this model "
                           f"(tunable: {', '.join(k.name for k in kernels)})")
        kernels = [k for k in kernels if k.name in args.kernel]
    print(f"# target {target.summary()}; {profile.precision} weights, {args.rows} rows, "
          f"{args.repeats} interleaved rounds", flush=True)
    if args.list:
        for k in kernels:
            print(k.name, " ".join(text for text, _ in candidates(k, target)))
        return 0
    path = record_path(args.output)
    measured = {}
    for k in kernels:
        m = measure(k, target, args.rows, args.repeats, profile.threads)
        cells = " ".join(f"{c}={g:.0f}" + ("" if c == m.default else f" ({m.speedup[c]:.2f}x)")
                         + (" (WRONG)" if c in m.wrong else "") for c, g in m.gflops.items())
        verdict = "keeps" if m.choice == m.default else f"-> {m.choice}"
        print(f"{k.name}: {cells} GFLOP/s (median per-round speed-up); {verdict}", flush=True)
        measured[k.name] = m.entry(args.rows, profile.threads)
        if m.wrong:
            print(f"warning: {k.name}: {', '.join(m.wrong)} gave other results than the built-in choice "
                  f"(never chosen); please report it", file=sys.stderr)
    write_record(path, record_kernels(read_record(path), target, measured))
    changed = sum(e["choice"] != e["default"] for e in measured.values())
    print(f"recorded {len(measured)} kernels ({changed} with a measured choice) in {path}")
    return 0
