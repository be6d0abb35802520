"""``rlxc``: the command-line driver. Each subcommand lives in ``rlxc/commands/``.

User errors print ``error: <one line>`` and exit 1; set ``RLX_TRACEBACK=1`` to see the
Python traceback of an internal error. SIGINT and SIGTERM end a command through the
normal cleanups (a half-written output is removed): ``error: interrupted`` (status 130)
or ``error: terminated`` (143).
"""

from __future__ import annotations

import argparse
import importlib
import os
import signal
import sys
from collections.abc import Sequence

from rlxc.commands import COMMANDS
from rlxc.interrupts import Terminated, noted_signals, quiet_until_exit, raise_if_received
from rlx.runtime.errors import RlxError, first_line


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="rlxc", description="rlx: compile decoder LLMs to native CPU code")
    sub = parser.add_subparsers(dest="command", required=True)
    for name in COMMANDS:
        importlib.import_module(f"rlxc.commands.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    with noted_signals():
        status = _run(args)
    if status in (130, 128 + signal.SIGTERM):  # ended by a signal: its one line is printed
        quiet_until_exit()
    return status


def _run(args) -> int:
    try:
        status = args.func(args)
        raise_if_received()  # a signal whose exception something swallowed
        return status
    except RlxError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    except Terminated:
        print("error: terminated", file=sys.stderr)
        return 128 + signal.SIGTERM
    except BrokenPipeError:
        return 1
    except Exception as err:  # an rlx bug, not a user error: one line unless asked
        if os.environ.get("RLX_TRACEBACK"):
            raise
        print(f"internal error: {type(err).__name__}: {first_line(err, '')} (set RLX_TRACEBACK=1 for the traceback)",
              file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
