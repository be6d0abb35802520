"""``rlxc run MODEL --prompt-ids 1,2,3 --max-new-tokens N``: generate tokens.

MODEL is a ``.so`` from ``rlxc compile`` (loaded by the runtime alone, no compiler) or
a model file (a config.json, or a GGUF file), compiled through the compile cache
(``--no-cache``: JIT in process). Token ids stream to stdout, space separated; with
``--prompt TEXT`` the prompt is tokenized with the ``tokenizer.json`` beside the model
(a GGUF: the tokenizer in its metadata) and the text streams instead,
decoded incrementally (:mod:`rlxc.detokenize`: a UTF-8 character split across tokens is
printed once whole). Generation ends at an end-of-sequence token of the model
(``eos_token_id``, printed as the last id) unless ``--ignore-eos``.
``--batch N`` runs the prompt as N parallel sequences (every call serves all N, as
llama.cpp's batched example does; each stops at its own end-of-sequence token) and
prints each sequence on its own line at the end.
Prefill and decode speeds go to stderr at the end.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from rlxc.commands.common import (add_compile_options, check_counts, compile_only_flags, compile_options,
                                  refuse_flags, token_ids)
from rlxc.detokenize import Detokenizer
from rlx.runtime.errors import RlxError, first_line

TOKENIZER_FILE = "tokenizer.json"


def register(sub) -> None:
    p = sub.add_parser("run", help="generate tokens with a compiled model (.so) or a model file")
    p.add_argument("model", help="model.so from `rlxc compile`, a config.json (or its folder), or a GGUF file")
    prompt = p.add_mutually_exclusive_group(required=True)
    prompt.add_argument("--prompt-ids", metavar="IDS", help="comma-separated token ids, e.g. 1,2,3")
    prompt.add_argument("--prompt", metavar="TEXT",
                        help=f"text, tokenized with the {TOKENIZER_FILE} beside the model, or a GGUF's own "
                             f"tokenizer (needs `tokenizers`)")
    p.add_argument("--max-new-tokens", type=int, default=16)
    p.add_argument("--ignore-eos", action="store_true",
                   help="go on past the model's end-of-sequence tokens (eos_token_id): run --max-new-tokens")
    p.add_argument("--temperature", type=float, default=None,
                   help="sample at this temperature (default: greedy; 0 is greedy too)")
    p.add_argument("--top-k", type=int, default=0, help="sample among the K most likely tokens (0: all)")
    p.add_argument("--top-p", type=float, default=1.0, help="nucleus sampling mass (1: all)")
    p.add_argument("--seed", type=int, default=None,
                   help="random seed, an integer >= 0: the same seed gives the same tokens")
    p.add_argument("--weights", metavar="DIR", default=None,
                   help="safetensors checkpoint directory or GGUF file (default: recorded in the .so / "
                        "beside MODEL / the GGUF MODEL itself)")
    p.add_argument("--no-cache", action="store_true", help="model files: JIT-compile, skip the compile cache")
    add_compile_options(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from rlxc.api import is_shared_object

    shared_object = is_shared_object(args.model)
    check_flags(args, shared_object)
    tokenizer = open_tokenizer(args.model) if args.prompt is not None else None
    ids = encode(tokenizer, args.prompt) if tokenizer is not None else parse_ids(args.prompt_ids)
    sampler = make_sampler(args)
    if not shared_object:
        check_prompt_before_compiling(args, ids)
    t0 = time.perf_counter()
    session = load_session(args, shared_object)
    load_s = time.perf_counter() - t0
    batch = session_batch(args, session)
    out = TextStream(tokenizer) if tokenizer is not None else IdStream()
    stamps: list[float] = []

    def on_token(tokens: list[int]) -> None:
        stamps.append(time.perf_counter())
        if batch == 1:
            out.push(tokens[0])

    start = time.perf_counter()
    rows = session.generate([ids] * batch, args.max_new_tokens, sampler=sampler, on_token=on_token,
                            eos_token_ids=[] if args.ignore_eos else None)
    if batch == 1:
        out.end()
    else:
        for row in rows:
            print(out.whole(row), flush=True)
    print(f"loaded in {load_s:.2f} s", file=sys.stderr)
    report_speed(len(ids), start, stamps, batch)
    return 0


def check_flags(args, shared_object: bool) -> None:
    """Counts in range; no compile-only flag for a ``.so`` (its code is compiled)."""
    check_counts(args)
    if shared_object:
        refuse_flags(compile_only_flags(args), "compile-only option",
                     f"{args.model} is already compiled (give {{it}} to `rlxc compile`, or run the model file)")


def session_batch(args, session) -> int:
    """The sequences to run: ``--batch``, which a ``.so`` must have been compiled for."""
    if args.batch is not None and args.batch != session.batch:
        raise RlxError(f"{args.model} is compiled for --batch {session.batch}, not {args.batch}: "
                       f"recompile it with `rlxc compile --batch {args.batch}`")
    return session.batch


def parse_ids(text: str) -> list[int]:
    try:
        return token_ids(text)
    except argparse.ArgumentTypeError as err:
        raise RlxError(f"--prompt-ids: {err}") from None


def encode(tokenizer, text: str) -> list[int]:
    ids = tokenizer.encode(text).ids
    if not ids:
        raise RlxError("the prompt text encodes to no tokens")
    return ids


def check_prompt_before_compiling(args, ids: list[int]) -> None:
    """The checks generate() makes, and that the model fits in memory, done before a model
    file is compiled, so that a bad prompt or size costs no compile (and prints nothing
    but the error)."""
    import numpy as np

    from rlxc.model_file import choose_max_seq, read_model_spec
    from rlx.runtime.arguments import check_vocab
    from rlx.runtime.session import check_capacity

    spec = read_model_spec(args.model)
    if spec.kind == "flow":
        raise RlxError(f"{args.model} holds a single flow, not an LLM with prefill and decode: "
                       f"call it from Python (rlxc.load)")
    cfg = spec.config
    max_seq = choose_max_seq(cfg, args.max_seq)
    check_vocab(np.asarray(ids), cfg.vocab_size, "generate")
    check_capacity(len(ids), args.max_new_tokens, max_seq)
    spec.with_capacity(max_seq).check_memory(spec.batch(args.batch), precision=getattr(args, "precision", None))


def make_sampler(args):
    """Greedy unless a sampling option is given (a temperature of 0 is greedy too)."""
    from rlx.runtime.sampling import Sampler, check_sampling

    sampling = args.temperature is not None or args.top_k or args.top_p != 1.0 or args.seed is not None
    temperature = 1.0 if args.temperature is None else args.temperature
    check_sampling(temperature, args.top_k, args.top_p, args.seed)
    if not sampling or temperature == 0:
        return None
    return Sampler(temperature, args.top_k, args.top_p, args.seed)


def load_session(args, shared_object: bool):
    from rlx.runtime.session import Session

    if shared_object:
        from rlx.runtime.loader import load

        session = load(args.model, weights=args.weights, max_seq=args.max_seq)
    else:
        from rlxc.progress import Progress
        from rlxc.api import load

        session = load(args.model, batch=args.batch or 1, max_seq=args.max_seq, options=compile_options(args),
                       cache=not args.no_cache, weights=args.weights, progress=Progress())
    if not isinstance(session, Session):
        raise RlxError(f"{args.model} holds a single flow, not an LLM with prefill and decode: "
                       f"call it from Python (runtime.loader.load)")
    return session


def open_tokenizer(model: str):
    """The ``tokenizers`` tokenizer in the tokenizer.json beside ``model``, or a GGUF's own."""
    from rlx.runtime.gguf_weights import is_gguf

    path = Path(model)
    if path.is_file() and is_gguf(path):
        from rlxc.models.gguf_input import gguf_tokenizer

        return gguf_tokenizer(path)
    folder = path if path.is_dir() else path.parent
    if not (folder / TOKENIZER_FILE).is_file():
        raise RlxError(f"--prompt needs a {TOKENIZER_FILE} beside the model (none in {folder}); "
                       f"use --prompt-ids")
    try:
        from tokenizers import Tokenizer
    except ImportError:
        raise RlxError("--prompt needs the 'tokenizers' package: pip install 'rlx[tokenizer]'") from None
    try:
        return Tokenizer.from_file(str(folder / TOKENIZER_FILE))
    except Exception as err:  # tokenizers raises its own exception types
        raise RlxError(f"cannot read {folder / TOKENIZER_FILE}: {first_line(err)}") from None


class IdStream:
    """Token ids on stdout, space separated, one line, flushed as they come."""

    def __init__(self) -> None:
        self.first = True

    def push(self, token: int) -> None:
        print(("" if self.first else " ") + str(token), end="", flush=True)
        self.first = False

    def end(self) -> None:
        print(flush=True)

    def whole(self, tokens: list[int]) -> str:
        """A whole sequence as one line."""
        return " ".join(str(t) for t in tokens)


class TextStream:
    """Decoded text on stdout as the tokens come (:class:`~rlxc.detokenize.Detokenizer`:
    never half a UTF-8 character), flushed; the pieces join to the decode of all tokens."""

    def __init__(self, tokenizer) -> None:
        self.tokenizer = tokenizer
        self.text = Detokenizer(tokenizer.decode)

    def push(self, token: int) -> None:
        piece = self.text.push(token)
        if piece:
            print(piece, end="", flush=True)

    def end(self) -> None:
        print(self.text.flush(), flush=True)

    def whole(self, tokens: list[int]) -> str:
        """A whole sequence, decoded."""
        return self.tokenizer.decode(tokens)


def report_speed(prompt_len: int, start: float, stamps: list[float], batch: int = 1) -> None:
    """Prefill and decode tokens/s (of all ``batch`` sequences) on stderr from the time
    each token appeared."""
    if not stamps:
        return
    rows = f" x {batch} sequences" if batch > 1 else ""
    prefill_s = stamps[0] - start
    print(f"prefill: {prompt_len} tokens{rows} in {prefill_s * 1e3:.2f} ms "
          f"({batch * prompt_len / prefill_s:.1f} tok/s)", file=sys.stderr)
    if len(stamps) > 1:
        decode_s = stamps[-1] - stamps[0]
        n = len(stamps) - 1
        print(f"decode: {n} tokens{rows} in {decode_s * 1e3:.2f} ms ({batch * n / decode_s:.1f} tok/s)",
              file=sys.stderr)
