"""``rlxc compile MODEL.json -o model.so``: compile a model ahead of time into a shared object."""

from __future__ import annotations

from rlxc.commands.common import add_compile_options, check_counts, compile_options


def register(sub) -> None:
    p = sub.add_parser("compile", help="compile a model into a shared object (model.so)",
                       description="Compile a Hugging Face config.json (weights beside it), a GGUF file, or "
                                   "a serialized flow (BuiltModel.to_json()) into one shared object with a C ABI and "
                                   "an embedded manifest (docs/abi.md). Load it with `rlxc run model.so` "
                                   "or runtime.loader.load().")
    p.add_argument("model", help="config.json of a Hugging Face checkpoint (or its folder), a GGUF file, "
                                 "or a flow .json")
    p.add_argument("-o", "--output", required=True, help="the shared object to write (atomically)")
    p.add_argument("--weights", metavar="DIR", default=None,
                   help="safetensors checkpoint directory or GGUF file (default: beside MODEL; a GGUF "
                        "MODEL holds its own)")
    p.add_argument("--embed-weights", action="store_true",
                   help="put the packed weights into the .so: one file is the whole model")
    p.add_argument("--slot-decode", action="store_true",
                   help="also compile decode_slots, the batched step of many sequences each at its own "
                        "position, that `rlxc serve` and rlxc.load(..., slots=N) use")
    p.add_argument("--no-cache", action="store_true", help="do not read or write the compile cache")
    add_compile_options(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from rlxc.aot import compile_model
    from rlxc.progress import Progress

    check_counts(args)
    compile_model(args.model, args.output, options=compile_options(args), max_seq=args.max_seq,
                  batch=args.batch, embed_weights=args.embed_weights, weights=args.weights,
                  cache=not args.no_cache, progress=Progress(), slot_decode=args.slot_decode)
    return 0
