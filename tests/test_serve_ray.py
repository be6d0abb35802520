"""Ray Serve: a local Ray instance runs 2 replicas of the bundled model's server behind
Ray's HTTP proxy on a loopback port, driven by the openai client (slow: Ray starts its
own processes)."""

from __future__ import annotations

import socket

import pytest

pytest.importorskip("ray", reason="Ray Serve is optional: pip install 'rlx[ray]'")
pytest.importorskip("openai", reason="the server tests need the openai client (pip install 'rlx[test]')")

from serving import MODEL, NAME, reference_session  # noqa: E402

pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def ray_url():
    import ray
    from ray import serve

    from rlxc.serve.ray_app import rlx_app

    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    port = free_port()
    serve.start(http_options={"host": "127.0.0.1", "port": port})
    serve.run(rlx_app(str(MODEL), replicas=2, cpus_per_replica=1, slots=2, max_seq=96, chunk=16, model_name=NAME),
              name="rlx", route_prefix="/")
    yield f"http://127.0.0.1:{port}"
    serve.shutdown()
    ray.shutdown()


def test_two_replicas_serve_the_openai_api(ray_url):
    import openai
    from ray import serve

    status = serve.status().applications["rlx"]
    replicas = status.deployments["RlxServer"].replica_states
    assert replicas.get("RUNNING") == 2, replicas
    client = openai.OpenAI(base_url=ray_url + "/v1", api_key="unused", max_retries=0, timeout=60)
    assert [m.id for m in client.models.list().data] == [NAME]
    reference = reference_session(96, 16)
    for prompt in ([1, 2, 3], [7] * 40, [500, 600]):
        out = client.completions.create(model=NAME, prompt=prompt, max_tokens=6, temperature=0)
        assert out.choices[0].model_extra["token_ids"] == reference.generate(prompt, 6)
    chunks = list(client.chat.completions.create(model=NAME, messages=[{"role": "user", "content": "hello"}],
                                                 max_tokens=5, temperature=0, stream=True))
    assert chunks[-1].choices[0].finish_reason == "length"
    with pytest.raises(openai.BadRequestError):
        client.completions.create(model=NAME, prompt=[1], temperature=-1)
