"""``rlxc serve`` through the real ``openai`` client: completions and chat, streamed and
not, the concurrency test (8 clients x 16 requests on 4 slots, every greedy response
equal to the request run alone through Session.generate), bad input, disconnects, 429.

One server (the bundled model, 4 slots of 96 tokens, prefill chunks of 16) serves the
module; it runs on a thread of this process, on a free loopback port."""

from __future__ import annotations

import json
import socket
import threading
import time

import numpy as np
import pytest

pytest.importorskip("openai", reason="the server tests need the openai client (pip install 'rlx[test]')")
pytest.importorskip("fastapi", reason="the server tests need the serve extra (pip install 'rlx[serve]')")

import httpx  # noqa: E402
import openai  # noqa: E402

from serving import NAME, reference_session, start_server  # noqa: E402

MAX_SEQ, CHUNK, SLOTS = 96, 16, 4


@pytest.fixture(scope="module")
def server():
    running = start_server(slots=SLOTS, max_seq=MAX_SEQ, chunk=CHUNK, queue=16)
    yield running
    running.stop()


@pytest.fixture(scope="module")
def reference():
    return reference_session(MAX_SEQ, CHUNK)


@pytest.fixture(scope="module")
def client(server):
    return server.client()


def ids_of(choice) -> list[int]:
    return list(choice.model_extra["token_ids"])


def test_models_and_health(server, client):
    assert [m.id for m in client.models.list().data] == [NAME]
    assert client.models.retrieve(NAME).id == NAME
    health = httpx.get(server.url + "/health").json()
    assert health["status"] == "ok" and health["slots"] == SLOTS


def test_completion_of_token_ids_is_what_generate_gives(client, reference):
    prompt = [3, 14, 15, 92, 65, 35]
    out = client.completions.create(model=NAME, prompt=prompt, max_tokens=10, temperature=0)
    choice = out.choices[0]
    assert ids_of(choice) == reference.generate(prompt, 10)
    assert choice.finish_reason == "length"
    assert (out.usage.prompt_tokens, out.usage.completion_tokens, out.usage.total_tokens) == (6, 10, 16)
    assert out.object == "text_completion" and out.model == NAME


def test_text_prompt_streamed_and_not(server, client, reference):
    text = server.state.text
    prompt = "kato selven dorli queprast"
    whole = client.completions.create(model=NAME, prompt=prompt, max_tokens=12, temperature=0)
    want = reference.generate(text.encode(prompt), 12)
    assert ids_of(whole.choices[0]) == want and whole.choices[0].text == text.decode(want)
    chunks = list(client.completions.create(model=NAME, prompt=prompt, max_tokens=12, temperature=0, stream=True,
                                            stream_options={"include_usage": True}))
    pieces = [c for c in chunks if c.choices]
    assert "".join(c.choices[0].text for c in pieces) == whole.choices[0].text
    assert sum((ids_of(c.choices[0]) for c in pieces), []) == want
    assert pieces[-1].choices[0].finish_reason == "length"
    assert chunks[-1].usage.completion_tokens == 12 and chunks[-1].usage.prompt_tokens == len(text.encode(prompt))


def test_chat_renders_the_template_streamed_and_not(server, client, reference):
    text = server.state.text
    messages = [{"role": "system", "content": "be brief"}, {"role": "user", "content": "hello kato"}]
    rendered = text.render_chat(messages)
    assert rendered == ("<|im_start|>system\nbe brief<|im_end|>\n<|im_start|>user\nhello kato<|im_end|>\n"
                        "<|im_start|>assistant\n")
    want = reference.generate(text.encode(rendered, special=False), 8)
    out = client.chat.completions.create(model=NAME, messages=messages, max_tokens=8, temperature=0)
    assert out.choices[0].message.role == "assistant"
    assert out.choices[0].message.content == text.decode(want)
    assert out.usage.prompt_tokens == len(text.encode(rendered, special=False))
    stream = client.chat.completions.create(model=NAME, messages=messages, max_completion_tokens=8, temperature=0,
                                            stream=True)
    chunks = list(stream)
    assert chunks[0].choices[0].delta.role == "assistant"
    assert "".join(c.choices[0].delta.content or "" for c in chunks) == text.decode(want)
    assert chunks[-1].choices[0].finish_reason == "length" and chunks[0].object == "chat.completion.chunk"


def test_stop_strings_and_stop_token_ids(server, client, reference):
    text = server.state.text
    prompt = [5, 6, 7, 8, 9]
    full = text.decode(reference.generate(prompt, 16))
    stop = full[len(full) // 2:len(full) // 2 + 3]
    out = client.completions.create(model=NAME, prompt=prompt, max_tokens=16, temperature=0, stop=[stop, "\x00"])
    assert out.choices[0].finish_reason == "stop"
    assert out.choices[0].text == full[:full.index(stop)]
    streamed = client.completions.create(model=NAME, prompt=prompt, max_tokens=16, temperature=0, stop=stop,
                                         stream=True)
    assert "".join(c.choices[0].text for c in streamed) == full[:full.index(stop)]
    ids = reference.generate(prompt, 16)
    out = client.completions.create(model=NAME, prompt=prompt, max_tokens=16, temperature=0,
                                    extra_body={"stop_token_ids": [ids[4]]})
    assert ids_of(out.choices[0]) == ids[:ids.index(ids[4]) + 1] and out.choices[0].finish_reason == "stop"
    assert server.wait_idle()


def test_seeded_sampling_is_the_samplers(client, reference):
    from rlx.runtime.sampling import Sampler

    prompt = [11, 12, 13]
    kw = dict(model=NAME, prompt=prompt, max_tokens=12, temperature=0.9, top_p=0.95, seed=7)
    a = client.completions.create(**kw, extra_body={"top_k": 40})
    b = client.completions.create(**kw, extra_body={"top_k": 40})
    assert ids_of(a.choices[0]) == ids_of(b.choices[0])
    assert ids_of(a.choices[0]) == reference.generate(prompt, 12, sampler=Sampler(0.9, 40, 0.95, 7))


def test_eight_clients_sixteen_requests_each_on_four_slots(server, client, reference):
    """Mixed prompt lengths (up to 3 prefill chunks), every greedy response equal to
    the request run alone; none lost or duplicated (each carries its own index)."""
    rng = np.random.default_rng(15)
    asks = [(rng.integers(0, 1024, size=int(rng.integers(1, 3 * CHUNK + 4))).tolist(), int(rng.integers(1, 9)))
            for _ in range(8 * 16)]
    got: dict[int, list[int]] = {}
    errors: list[BaseException] = []
    lock = threading.Lock()

    def one_client(first: int) -> None:
        own = server.client()
        try:
            for i in range(first, len(asks), 8):
                prompt, max_tokens = asks[i]
                out = own.completions.create(model=NAME, prompt=prompt, max_tokens=max_tokens, temperature=0,
                                             user=str(i))
                with lock:
                    assert i not in got
                    got[i] = ids_of(out.choices[0])
        except BaseException as err:  # reported by the main thread
            errors.append(err)

    threads = [threading.Thread(target=one_client, args=(c,)) for c in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(300)
    assert not errors, errors[0]
    assert sorted(got) == list(range(len(asks)))
    for i, (prompt, max_tokens) in enumerate(asks):
        assert got[i] == reference.generate(prompt, max_tokens), i
    assert server.wait_idle()


def post(server, path: str, body, **kw) -> httpx.Response:
    data = body if isinstance(body, (bytes, str)) else json.dumps(body)
    return httpx.post(server.url + path, content=data, headers={"content-type": "application/json"}, timeout=30, **kw)


BAD_COMPLETIONS = [
    (b"{not json", 400, None),
    (b"[1, 2]", 400, None),
    (b"[" * 100_000 + b"]" * 100_000, 400, None),
    (b"\xff\xfe{", 400, None),
    ({"prompt": [1]}, 400, "model"),
    ({"model": "gpt-4", "prompt": [1]}, 404, "model"),
    ({"model": NAME}, 400, "prompt"),
    ({"model": NAME, "prompt": [1] * (MAX_SEQ + 1)}, 400, "prompt"),
    ({"model": NAME, "prompt": [1] * 10, "max_tokens": MAX_SEQ}, 400, "max_tokens"),
    ({"model": NAME, "prompt": [1], "max_tokens": 0}, 400, "max_tokens"),
    ({"model": NAME, "prompt": [1], "max_tokens": "8"}, 400, "max_tokens"),
    ({"model": NAME, "prompt": [1], "temperature": -0.5}, 400, "temperature"),
    ({"model": NAME, "prompt": [1], "temperature": 10**400}, 400, "temperature"),
    ({"model": NAME, "prompt": [1], "temperature": "hot"}, 400, "temperature"),
    (b'{"model": "tiny-qwen3", "prompt": [1], "temperature": NaN}', 400, "temperature"),
    ({"model": NAME, "prompt": [1], "top_p": 0}, 400, "top_p"),
    ({"model": NAME, "prompt": [1], "top_p": 1.5}, 400, "top_p"),
    ({"model": NAME, "prompt": [1, 1024]}, 400, "prompt"),
    ({"model": NAME, "prompt": [-1]}, 400, "prompt"),
    ({"model": NAME, "prompt": [1.5]}, 400, "prompt"),
    ({"model": NAME, "prompt": [[1], [2]]}, 400, "prompt"),
    ({"model": NAME, "prompt": ""}, 400, "prompt"),
    ({"model": NAME, "prompt": [1], "n": 2}, 400, "n"),
    ({"model": NAME, "prompt": [1], "seed": -3}, 400, "seed"),
    ({"model": NAME, "prompt": [1], "stop": [""]}, 400, "stop"),
    ({"model": NAME, "prompt": [1], "stop_token_ids": [5000]}, 400, "stop_token_ids"),
    ({"model": NAME, "prompt": [1], "stream": "yes"}, 400, "stream"),
]
BAD_CHATS = [
    ({"model": NAME}, 400, "messages"),
    ({"model": NAME, "messages": []}, 400, "messages"),
    ({"model": NAME, "messages": [{"content": "no role"}]}, 400, "messages[0]"),
    ({"model": NAME, "messages": [{"role": "user", "content": [{"type": "image_url"}]}]}, 400, "messages[0].content"),
    ({"model": NAME, "messages": [{"role": "user", "content": "x " * 200}]}, 400, "prompt"),
]


@pytest.mark.parametrize("path,cases", [("/v1/completions", BAD_COMPLETIONS), ("/v1/chat/completions", BAD_CHATS)])
def test_bad_requests_get_openai_errors_and_the_server_goes_on(server, client, reference, path, cases):
    for body, status, param in cases:
        response = post(server, path, body)
        assert response.status_code == status, (body, response.text)
        error = response.json()["error"]
        assert set(error) == {"message", "type", "param", "code"} and error["message"], body
        assert error["param"] == param, (body, error)
    assert post(server, "/v1/nowhere", {}).status_code == 404
    assert httpx.get(server.url + "/v1/completions").status_code == 405
    with pytest.raises(openai.BadRequestError, match="temperature"):
        client.completions.create(model=NAME, prompt=[1], temperature=-1)
    with pytest.raises(openai.NotFoundError):
        client.completions.create(model="other", prompt=[1])
    out = client.completions.create(model=NAME, prompt=[1, 2], max_tokens=3, temperature=0)
    assert ids_of(out.choices[0]) == reference.generate([1, 2], 3)
    assert server.wait_idle()


def test_a_client_that_disconnects_frees_its_slot(server):
    before = server.scheduler.snapshot()["finished"]["cancelled"]
    body = {"model": NAME, "prompt": [1, 2, 3], "max_tokens": MAX_SEQ - 2, "temperature": 0, "stream": True}
    with server.slowed(0.02):  # 94 tokens take 2 s: the client leaves long before
        with httpx.stream("POST", server.url + "/v1/completions", json=body, timeout=30) as response:
            lines = response.iter_lines()
            assert next(line for line in lines if line.startswith("data:"))
        assert server.wait_idle(1)
        # and a request that is not streamed, its client gone while it runs
        raw = json.dumps({**body, "stream": False}).encode()
        host, port = server.url.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port))) as sock:
            sock.sendall(b"POST /v1/completions HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\n"
                         + f"content-length: {len(raw)}\r\n\r\n".encode() + raw)
            deadline = time.monotonic() + 5
            while server.scheduler.snapshot()["busy"] == 0 and time.monotonic() < deadline:
                time.sleep(0.005)
        assert server.wait_idle(1)
    assert server.scheduler.snapshot()["finished"]["cancelled"] == before + 2


def test_full_queue_is_429_and_metrics(server, client):
    small = start_server(slots=1, max_seq=MAX_SEQ, chunk=CHUNK, queue=0)
    try:
        body = {"model": NAME, "prompt": [1, 2, 3], "max_tokens": MAX_SEQ - 2, "temperature": 0, "stream": True}
        with small.slowed(0.02), httpx.stream("POST", small.url + "/v1/completions", json=body,
                                              timeout=30) as response:
            lines = response.iter_lines()  # kept: a closed iterator closes the connection
            assert next(line for line in lines if line.startswith("data:"))
            with pytest.raises(openai.RateLimitError, match="try again later"):
                small.client().completions.create(model=NAME, prompt=[1], max_tokens=2)
            health = httpx.get(small.url + "/health").json()
            assert health["busy_slots"] == 1
        assert small.wait_idle(1)
        metrics = httpx.get(small.url + "/metrics").text
        assert 'rlx_rejected_requests_total{model="tiny-qwen3"} 1' in metrics
    finally:
        small.stop()
    text = httpx.get(server.url + "/metrics").text
    for name in ("rlx_generated_tokens_total", "rlx_tokens_per_second", "rlx_queue_depth", "rlx_busy_slots",
                 "rlx_time_to_first_token_seconds_count", 'rlx_time_to_first_token_seconds{model="tiny-qwen3",'
                 'quantile="0.5"}'):
        assert name in text
    tokens = next(float(line.split()[-1]) for line in text.splitlines()
                  if line.startswith("rlx_generated_tokens_total{"))
    assert tokens > 0
