"""``rlxc passes``: every pass with its one-line description and options."""

from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("passes", help="list the passes and their options")
    p.set_defaults(func=run)


def run(args) -> int:
    from xdsl.passes import get_pass_option_infos

    from rlxc.passes import PASSES, pass_class

    for name in PASSES:
        cls = pass_class(name)
        doc = (cls.__doc__ or "").strip().splitlines()[0] if cls.__doc__ else ""
        opts = ", ".join(f"{o.name.replace('_', '-')}: {o.expected_type.strip(chr(39))}"
                         + (f" = {o.default_value}" if o.default_value is not None else "")
                         for o in get_pass_option_infos(cls))
        print(f"{name:18} {doc}" + (f"  [{opts}]" if opts else ""))
    return 0
