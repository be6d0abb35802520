"""``rlxc run MODEL --prompt-ids 1,2,3 --max-new-tokens N``: JIT-compile and generate."""

from __future__ import annotations

import sys
import time

from rlxc.commands.common import add_compile_options, compile_options, token_ids


def register(sub) -> None:
    p = sub.add_parser("run", help="compile (JIT) a model and generate tokens")
    p.add_argument("model", help="config.json of a Hugging Face checkpoint (or its folder)")
    p.add_argument("--prompt-ids", type=token_ids, required=True, help="comma-separated token ids")
    p.add_argument("--max-new-tokens", type=int, default=16)
    add_compile_options(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from rlxc.api import load

    t0 = time.perf_counter()
    session = load(args.model, batch=1, max_seq=args.max_seq, options=compile_options(args))
    print(f"compiled in {time.perf_counter() - t0:.2f} s", file=sys.stderr)
    stamps: list[float] = []

    def on_token(tokens: list[int]) -> None:
        stamps.append(time.perf_counter())
        print(tokens[0], end=" ", flush=True)

    start = time.perf_counter()
    session.generate(args.prompt_ids, args.max_new_tokens, on_token=on_token)
    print()
    report_speed(len(args.prompt_ids), start, stamps)
    return 0


def report_speed(prompt_len: int, start: float, stamps: list[float]) -> None:
    """Prefill and decode tokens/s on stderr from the time each token appeared."""
    if not stamps:
        return
    prefill_s = stamps[0] - start
    print(f"prefill: {prompt_len} tokens in {prefill_s * 1e3:.2f} ms "
          f"({prompt_len / prefill_s:.1f} tok/s)", file=sys.stderr)
    if len(stamps) > 1:
        decode_s = stamps[-1] - stamps[0]
        n = len(stamps) - 1
        print(f"decode: {n} tokens in {decode_s * 1e3:.2f} ms ({n / decode_s:.1f} tok/s)", file=sys.stderr)
