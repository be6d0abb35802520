"""``rlxc compare MODEL``: where rlx's numbers part from a reference's, layer by layer.

Runs one prompt through rlx's compiled code with debug outputs (:mod:`rlxc.taps`) and
through a reference -- transformers (the ``ref`` extra), or ``--against rlx`` another
rlx build of the same model (``--ref KEY=VALUE`` chooses its options, by default
``quant=f32``) -- and prints the error of each tap (embedding, each decoder layer's
output, final norm, logits: :mod:`rlxc.compare`), then the ops inside the first layer
over ``--tol``, and on the last line the first tap over it and the first op inside its
layer. Exit status 0 when every tap is within ``--tol``, 1 when one is over it (or on
an error). See docs/bring-up.md.
"""

from __future__ import annotations

import argparse
import math

from rlxc.commands.common import (PROFILE_FLAGS, add_dump_options, add_profile_options, compile_options,
                                  token_ids)
from rlx.runtime.errors import RlxError

DEFAULT_PROMPT_IDS = "1,2,3,4,5,6,7,8"
DEFAULT_TOL = 1e-3
#: ``--ref`` keys -> the flag of `rlxc compile` they stand for
REF_KEYS = {"quant": "--quant", "quant-head": "--quant-head", "kv": "--kv", "O": "-O", "threads": "--threads",
            "target": "--target", "pipeline": "--pipeline", "checks": "--checks", "weights": "--weights"}
#: the reference rlx build's format unless ``--ref quant=...`` says otherwise
REF_DEFAULT_QUANT = "f32"


def register(sub) -> None:
    p = sub.add_parser("compare", help="find where rlx's numbers part from transformers' (or another rlx "
                                       "build's), layer by layer and op by op",
                       description="Run one prompt through rlx's compiled code with debug outputs and through a "
                                   "reference (transformers, or --against rlx another rlx build), print the "
                                   "error of the embedding, each layer's output, the final norm and the logits, "
                                   "then of each op inside the first layer over --tol. Exit status 0: every "
                                   "tap within --tol; 1: one is over it. docs/bring-up.md")
    p.add_argument("model", help="config.json of a Hugging Face checkpoint (or its folder)")
    prompt = p.add_mutually_exclusive_group()
    prompt.add_argument("--prompt-ids", metavar="IDS", default=None,
                        help=f"comma-separated token ids (default {DEFAULT_PROMPT_IDS})")
    prompt.add_argument("--prompt", metavar="TEXT",
                        help="text, tokenized with the tokenizer.json beside the model (needs `tokenizers`)")
    p.add_argument("--against", choices=("transformers", "rlx"), default="transformers",
                   help="the reference: transformers in float32 (default; needs the `ref` extra), or rlx: "
                        "another rlx build of the model (--ref)")
    p.add_argument("--ref", action="append", default=[], metavar="KEY=VALUE",
                   help="an option of the reference rlx build (--against rlx), repeatable: "
                        f"{', '.join(REF_KEYS)} as the flags of `rlxc compile` (checks=true|false); "
                        f"default: quant={REF_DEFAULT_QUANT}, every other option its default")
    p.add_argument("--tol", type=float, default=DEFAULT_TOL,
                   help=f"the largest relative error ||a-b||/||b|| of a tap that is within tolerance "
                        f"(default {DEFAULT_TOL:g})")
    p.add_argument("--layer", type=int, default=None,
                   help="print the ops of this layer (default: of the first layer over --tol)")
    p.add_argument("--json", action="store_true", help="print the comparison as JSON")
    p.add_argument("--weights", metavar="DIR", default=None,
                   help="the checkpoint the rlx build under test reads (default: beside MODEL; "
                        "transformers always reads MODEL's folder)")
    p.add_argument("--no-cache", action="store_true", help="JIT-compile, skip the compile cache")
    add_profile_options(p)
    add_dump_options(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from rlxc.compare import comparison_json, compare, format_comparison
    from rlxc.progress import Progress
    from rlxc.taps import rlx_taps, transformers_label, transformers_taps

    check_args(args)
    spec = model_spec(args.model)
    ids = prompt_ids(args, spec)
    if args.layer is not None and not 0 <= args.layer < spec.config.num_hidden_layers:
        raise RlxError(f"--layer {args.layer}: the model has layers 0..{spec.config.num_hidden_layers - 1}")
    if args.against == "rlx":
        ref_options, ref_weights = reference_build(args.ref)
        reference_label = build_label(ref_options, ref_weights)
    else:
        if args.ref:
            raise RlxError("--ref chooses the options of the reference rlx build: give it with --against rlx")
        reference_label = transformers_label()  # torch and transformers are there, before compiling
    progress = Progress()
    options = compile_options(args)
    test_label = build_label(options, args.weights)
    progress.note(f"the build under test: {test_label}")
    test = rlx_taps(spec, ids, options=options, weights=args.weights, cache=not args.no_cache, progress=progress)
    progress.note(f"the reference: {reference_label}")
    if args.against == "rlx":
        reference = rlx_taps(spec, ids, options=ref_options, weights=ref_weights, cache=not args.no_cache,
                             progress=progress)
    else:
        reference = transformers_taps(spec.source.parent, ids, list(test))
    result = compare(test, reference, list(test), tol=args.tol, test_label=test_label,
                     reference_label=reference_label, prompt_ids=ids, layer=args.layer)
    print(comparison_json(result) if args.json else format_comparison(result), flush=True)
    return 0 if result.within else 1


def check_args(args) -> None:
    if not (math.isfinite(args.tol) and args.tol >= 0):
        raise RlxError(f"--tol must be a relative error >= 0, got {args.tol}")


def model_spec(model: str):
    """The LLM of the model file ``model`` (not a .so: its code has no debug outputs)."""
    from rlxc.api import is_shared_object
    from rlxc.model_file import read_model_spec

    if is_shared_object(model):
        raise RlxError(f"{model} is compiled already: rlxc compare compiles the model with debug outputs, "
                       f"give it the model's config.json (or its folder)")
    spec = read_model_spec(model)
    if spec.kind != "session":
        raise RlxError(f"{spec.source} holds a single flow, not an LLM: rlxc compare takes a Hugging Face "
                       f"config.json (or its folder)")
    return spec


def prompt_ids(args, spec) -> list[int]:
    """The prompt's token ids, checked against the vocabulary and the one prefill call
    that runs them, before anything is compiled."""
    import numpy as np

    from rlxc.commands.run import encode, open_tokenizer, parse_ids
    from rlxc.profile import CompileProfile
    from rlx.runtime.arguments import check_vocab

    if args.prompt is not None:
        ids = encode(open_tokenizer(args.model), args.prompt)
    else:
        ids = parse_ids(args.prompt_ids if args.prompt_ids is not None else DEFAULT_PROMPT_IDS)
    check_vocab(np.asarray(ids), spec.config.vocab_size, "the prompt")
    limit = min(CompileProfile.prefill().max_tokens, spec.config.max_position_embeddings)
    if len(ids) > limit:
        raise RlxError(f"the prompt has {len(ids)} tokens; rlxc compare runs them in one prefill call "
                       f"of at most {limit}")
    return ids


class _RefParser(argparse.ArgumentParser):
    """Parses ``--ref`` values as the compile flags they stand for; errors are one line."""

    def error(self, message: str):
        raise RlxError(f"--ref: {message}")


def reference_build(items: list[str]):
    """The compile options and weights of the reference rlx build: ``--ref KEY=VALUE``
    read as the flags of `rlxc compile` (the same checks), ``quant=f32`` by default."""
    from rlxc.compiler import CompileOptions

    parser = _RefParser(prog="--ref", add_help=False)
    add_profile_options(parser)
    parser.add_argument("--weights", default=None)
    argv = []
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or key not in REF_KEYS:
            raise RlxError(f"--ref {item}: expected KEY=VALUE with KEY one of {', '.join(REF_KEYS)}")
        if key == "checks":
            if value not in ("true", "false"):
                raise RlxError(f"--ref {item}: checks is true or false")
            argv += ["--checks"] if value == "true" else []
        else:
            argv.append(f"-O{value}" if key == "O" else f"{REF_KEYS[key]}={value}")
    ns = parser.parse_args(argv)
    fields = {dest: getattr(ns, dest) for dest in PROFILE_FLAGS if getattr(ns, dest) not in (None, False)}
    fields.setdefault("precision", REF_DEFAULT_QUANT)
    return CompileOptions(**fields), ns.weights


def build_label(options, weights: str | None) -> str:
    """``rlx (quant=q8_0, O=0)``: a build by the options given (as ``--ref`` spells them)."""
    names = {"precision": "quant", "head_precision": "quant-head", "kv_format": "kv", "opt_level": "O"}
    given = {names.get(k, k): v for k, v in options.changes.items()}
    given.setdefault("quant", "auto")
    parts = [f"{k}={str(v).lower() if isinstance(v, bool) else v}" for k, v in given.items()]
    if weights is not None:
        parts.append(f"weights={weights}")
    return f"rlx ({', '.join(parts)})"
