"""One module per ``rlxc`` subcommand; each has ``register(subparsers)``.

``COMMANDS`` lists them in ``--help`` order. Modules import heavy dependencies inside
their ``run`` function only, so that ``rlxc --help`` stays fast.
"""

COMMANDS = ("compile", "run", "compare", "serve", "tune", "opt", "diff", "passes", "cache")
