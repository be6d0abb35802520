"""rlx: an MLIR-style compiler for decoder LLMs (Qwen3, Qwen2, Llama) on the CPU.

``rlxc.load(path)`` compiles a Hugging Face checkpoint and returns a session;
``rlxc.jit(built)`` compiles a ModelFlow. Heavy modules load on first use.
"""

from rlx.runtime.errors import RlxError

__version__ = "0.1.0"
__all__ = ["load", "jit", "RlxError", "__version__"]


def load(*args, **kwargs):
    from rlxc.api import load as _load

    return _load(*args, **kwargs)


def jit(*args, **kwargs):
    from rlxc.api import jit as _jit

    return _jit(*args, **kwargs)
