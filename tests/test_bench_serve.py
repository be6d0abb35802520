"""``python -m bench.serve`` runs end to end on the bundled example's dims (a smoke test:
the figures of so small a model are Python's, not the engine's)."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("fastapi", reason="bench.serve needs the serve extra (pip install 'rlx[serve]')")
pytest.importorskip("httpx", reason="bench.serve's clients use httpx")


@pytest.mark.slow  # a benchmark's smoke run; the server it drives is tested in tests/test_serve.py (CI time)
def test_bench_serve_smoke(tmp_path, monkeypatch, capsys):
    from rlx.bench import serve

    monkeypatch.setenv("RLX_BENCH_DIR", str(tmp_path))
    out = tmp_path / "serve.json"
    assert serve.main(["--model", "example", "--streams", "1,4", "--repeats", "2", "--prompt", "4", "--tokens", "8",
                       "--long-prompt", "40", "--chunk", "16", "--json", str(out)]) == 0
    result = json.loads(out.read_text())
    assert [row["streams"] for row in result["rows"]] == [1, 4]
    assert all(row["decode_tok_s"] > 0 and row["ttft_p95_ms"] >= row["ttft_p50_ms"] > 0 and len(row["rounds"]) == 2
               for row in result["rows"])
    assert result["session_decode_tok_s"] > 0 and result["chunk_ms"] > 0
    assert result["long_prompt"]["prompt"] == 40 and result["long_prompt"]["max_gap_ms"] > 0
    assert set(result["ratios"]) == {"4/1", "http/session", "gap/chunk"} and result["long_prompt"]["chunks"] == 3
    table = capsys.readouterr().out
    assert "| 4 streams / 1 |" in table and "Session.decode" in table
