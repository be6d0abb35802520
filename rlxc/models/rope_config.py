"""The RoPE scaling section of a config (``rope_scaling`` / ``rope_parameters``), parsed.

transformers' types (``linear``, ``dynamic``, ``llama3``, ``yarn``: their fields as
transformers 5.x reads them) and rlx's ``freq_factors``: llama.cpp's RoPE frequency
factors, one divisor per rotated pair of dims (``inv_freq[i] / freq_factors[i]``), which
is how llama.cpp's converter stores llama3's scaling in a GGUF (``rope_freqs.weight``, read
by :mod:`rlxc.models.gguf_input`). The factors are what the file holds; rlx does not
guess back the llama3 parameters they were computed from.
"""

from __future__ import annotations

from typing import Any

#: rlx's RoPE type of llama.cpp's per-dimension frequency factors
FREQ_FACTORS = "freq_factors"
_MISSING = object()


class RopeParser:
    """The parameters of one RoPE scaling section (``rope_scaling`` or ``rope_parameters``)."""

    def __init__(self, parser, params: dict[str, Any], section: str, rope_type: str):
        self.p, self.params, self.section, self.rope_type = parser, params, section, rope_type

    def key(self, name: str) -> str:
        return f"{self.section}.{name}"

    def number(self, name: str, required: bool = False, zero_is_absent: bool = False) -> float | None:
        from rlxc.models.config import _fail

        value = self.params.get(name)
        if value is None:
            if required:
                raise _fail(f"{self.p.src}: missing required field '{self.key(name)}' "
                            f"for rope scaling '{self.rope_type}'")
            return None
        if zero_is_absent and not isinstance(value, bool) and value == 0:
            return None
        return self.p.float_field(self.key(name), 0.0, value=value)

    def integer(self, name: str, default: Any = _MISSING) -> int:
        from rlxc.models.config import _fail, _Parser

        value = self.params.get(name)
        if value is None and default is _MISSING:
            raise _fail(f"{self.p.src}: missing required field '{self.key(name)}' "
                        f"for rope scaling '{self.rope_type}'")
        sub = _Parser({self.key(name): value}, self.p.src)
        return sub.int_field(self.key(name), *(() if default is _MISSING else (default,)))

    def parse(self, max_positions: int, head_dim: int) -> RopeScaling:
        from rlxc.models.config import RopeScaling, _describe, _fail

        kind = self.rope_type
        if kind == FREQ_FACTORS:
            return RopeScaling(kind, None, freq_factors=self.factors(head_dim))
        factor = self.number("factor", required=True)
        if kind in ("linear", "dynamic"):
            return RopeScaling(kind, factor)
        if kind == "llama3":
            low = self.number("low_freq_factor", required=True)
            high = self.number("high_freq_factor", required=True)
            if low >= high:
                raise _fail(f"{self.p.src}: field '{self.key('low_freq_factor')}' ({low}) must be "
                            f"less than '{self.key('high_freq_factor')}' ({high})")
            return RopeScaling(kind, factor, low_freq_factor=low, high_freq_factor=high,
                               original_max_position_embeddings=self.integer(
                                   "original_max_position_embeddings"))
        truncate = self.params.get("truncate", True)
        if not isinstance(truncate, bool):
            raise _fail(f"{self.p.src}: field '{self.key('truncate')}' must be true or false, "
                        f"got {_describe(truncate)}")
        return RopeScaling(
            kind, factor,
            original_max_position_embeddings=self.integer("original_max_position_embeddings",
                                                          max_positions),
            attention_factor=self.number("attention_factor"),
            beta_fast=self.number("beta_fast", zero_is_absent=True),
            beta_slow=self.number("beta_slow", zero_is_absent=True),
            mscale=self.number("mscale", zero_is_absent=True),
            mscale_all_dim=self.number("mscale_all_dim", zero_is_absent=True),
            truncate=truncate)

    def factors(self, head_dim: int) -> tuple[float, ...]:
        """``freq_factors``: one finite number > 0 per rotated pair (head_dim / 2)."""
        from rlxc.models.config import _describe, _fail

        key, value = self.key(FREQ_FACTORS), self.params.get(FREQ_FACTORS)
        if not isinstance(value, (list, tuple)) or len(value) != head_dim // 2:
            raise _fail(f"{self.p.src}: field '{key}' must be a list of {head_dim // 2} numbers (head_dim / 2), "
                        f"got {_describe(value)}")
        return tuple(self.p.float_field(key, 1.0, value=v) for v in value)
