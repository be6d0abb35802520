"""Error classes shared by the compiler and the runtime.

Every user-facing failure is an ``RlxError`` (or subclass) carrying a one-line message;
the CLI prints ``error: <message>`` and exits non-zero without a traceback.
"""


class RlxError(Exception):
    """Base class of every error rlx reports to a user. The message is always one line:
    a line break that user input brings into it (a file name, IR text) is escaped."""

    def __init__(self, message: object = "", *args: object):
        super().__init__("\\n".join(str(message).splitlines()), *args)


class ConfigError(RlxError):
    """A model config (config.json or flow spec) is malformed or unsupported."""


class WeightError(RlxError):
    """A weight file or tensor is missing, truncated, or mis-shaped."""


class ShapeError(RlxError):
    """An argument or IR value has the wrong shape, rank or dtype."""


class IRError(RlxError):
    """IR text cannot be parsed, or a module fails verification."""


class PassError(RlxError):
    """An unknown pass/option, or a pass failed."""


class CompileError(RlxError):
    """Native code generation or linking failed."""


class RuntimeLimitError(RlxError):
    """A request exceeds a runtime limit (KV capacity, vocab range, ...)."""


class NumericError(RlxError):
    """A call produced a NaN or an infinity (its weights were checked finite when bound)."""


class KernelCheckError(RlxError):
    """A kernel of a debug build (``--checks``) indexed outside one of its buffers: a
    compiler bug, caught before it could corrupt memory."""


def first_line(message: object, default: str | None = None) -> str:
    """The first non-blank line of ``message`` (an exception or text), stripped: what a
    one-line error quotes of another library's message. Without one: ``default``, else
    an exception's class name (for text: "unknown error")."""
    for line in str(message).splitlines():
        if line.strip():
            return line.strip()
    if default is not None:
        return default
    return type(message).__name__ if isinstance(message, BaseException) else "unknown error"
class ModelLoadError(RlxError):
    """A file is not a loadable rlx model (not a shared object, no manifest, wrong ABI/CPU)."""
