"""``rlxc passes``: every pass with its one-line description and options, and each
compile profile with the pipeline it compiles with."""

from __future__ import annotations

SESSION_NOTE = ("a session's entries (prefill, prefill_last: profile prefill; decode: profile decode) "
                "are one module compiled with the session pipeline; each entry's SEQ is planned for "
                "its own profile's max_tokens (rlx.max_tokens)")


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
        print(f"profile {name}: {profile.describe()}")
        print(f"  default pipeline ({name}): {profile_pipeline(profile)}")
    print(SESSION_NOTE)
    return 0
