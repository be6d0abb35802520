"""``rlxc cache [list|size|clear]``: what the compile cache and the packed-weight cache
hold under ``$RLX_CACHE_DIR`` (default ``~/.cache/rlx``), and removing it.

``list`` (the default) prints one line per compile-cache entry, packed-weight copy and
temporary (kind, size, age, name) and the totals; ``size`` the totals only; ``clear``
removes the entries (``--compiled`` or ``--weights`` only those) and the temporaries
killed writers left. Only files the caches name (64-hex-digit keys, ``.<name>.<pid>.*.tmp``)
are ever removed, whatever else the directory holds.
"""

from __future__ import annotations

import time

KINDS = ("compiled", "weights", "temporary")


def register(sub) -> None:
    p = sub.add_parser("cache", help="list, measure or clear the compile and packed-weight caches",
                       description="The caches under $RLX_CACHE_DIR (default ~/.cache/rlx): compiled code "
                                   "(one entry per model and options) and packed weights (one copy per "
                                   "checkpoint).")
    p.add_argument("action", nargs="?", choices=("list", "size", "clear"), default="list",
                   help="list the entries (default), print their total size, or remove them")
    only = p.add_mutually_exclusive_group()
    only.add_argument("--compiled", action="store_true", help="only the compile cache")
    only.add_argument("--weights", action="store_true", help="only the packed-weight cache")
    p.set_defaults(func=run)


def run(args) -> int:
    from rlxc.cache import CompileCache
    from rlx.runtime.loader import verified_files
    from rlx.runtime.weight_cache import PackedWeightCache

    code, weights = CompileCache(), PackedWeightCache()
    entries = (code.entries() if not args.weights else []) + (weights.entries() if not args.compiled else [])
    if args.action == "clear":
        removed = []
        if not args.weights:
            removed += code.clear()
        if not args.compiled:
            removed += weights.clear() + verified_files().clear()
        freed = sum(e.size for e in entries if e.kind != "temporary" or "stale" in e.name)
        print(f"removed {len(removed)} file{'s' if len(removed) != 1 else ''} ({human_size(freed)}) "
              f"from {code.root}")
        return 0
    if args.action == "list":
        now = time.time()
        for e in entries:
            print(f"{e.kind:10} {human_size(e.size):>9} {human_age(now - e.mtime):>8}  {e.name}")
    print(totals(entries, str(code.root)))
    return 0


def totals(entries: list, root: str) -> str:
    """``N entries, SIZE in ROOT (compiled: n, size; weights: ...)``."""
    parts = []
    for kind in KINDS:
        mine = [e for e in entries if e.kind == kind]
        if mine:
            parts.append(f"{kind}: {len(mine)}, {human_size(sum(e.size for e in mine))}")
    count = len(entries)
    detail = f" ({'; '.join(parts)})" if parts else ""
    return f"{count} entr{'ies' if count != 1 else 'y'}, {human_size(sum(e.size for e in entries))} in {root}{detail}"


def human_size(nbytes: int) -> str:
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if nbytes >= scale:
            return f"{nbytes / scale:.1f} {unit}"
    return f"{nbytes} B"


def human_age(seconds: float) -> str:
    for unit, scale in (("d", 86400), ("h", 3600), ("min", 60)):
        if seconds >= scale:
            return f"{seconds / scale:.0f} {unit}"
    return f"{max(seconds, 0):.0f} s"
