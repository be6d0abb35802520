"""``rlxc passes``: every pass with its one-line description and options, and the
default pipeline of each compile profile."""

from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("passes", help="list the passes, their options and the default pipelines")
    p.set_defaults(func=run)


def run(args) -> int:
    from rlxc.passes import option_infos, profile_pipeline, profiles, registry

    for name, info in registry().items():
        print(f"{name:18} {info.summary}")
        for o in option_infos(name):
            default = f" = {o.default}" if o.default is not None else ""
            print(f"{'':20}{o.name}: {o.type}{default}" + (f"  {o.help}" if o.help else ""))
    print()
    for name, profile in profiles().items():
        print(f"default pipeline ({name}): {profile_pipeline(profile)}")
    return 0
