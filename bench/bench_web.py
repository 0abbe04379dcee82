"""Bounded load on the residents' web page: status queries at a fixed rate against `counter-app web` on 127.0.0.1.

Run: ``.venv/bin/python bench/bench_web.py [--rate 200] [--seconds 30] [--records 5000] [--db URL]``.

Fills a fresh SQLite file (or the given empty database) with synthetic cards, starts ``counter-app web`` as its
own process on a free 127.0.0.1 port, and sends POST /api/cards/status at ``--rate`` requests a second for
``--seconds`` seconds, open loop (each request leaves at its scheduled time whether or not earlier ones have been
answered, so a slow server shows as latency, not as a lower rate). Nine in ten queries carry a right pair, one in
ten a wrong last 4; each simulated resident comes from its own address through X-Forwarded-For (the server trusts
127.0.0.1 as its proxy), so the per-client failure limit is exercised but not tripped. Prints the achieved rate,
median/p95/p99 latency and the errors: any answer other than 200 for a right pair or 404 for a wrong one, and any
transport failure. Exit status 1 on errors. Not run in CI (it needs the machine to itself for 30 s).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_cards import p95  # noqa: E402 - after the path set-up, like the other bench scripts
from counter_app.bootstrap import open_context  # noqa: E402
from counter_app.demo.cards import make_demo_cards  # noqa: E402
from counter_app.store.models import CardCase  # noqa: E402
from tests.web.web_support import free_port  # noqa: E402


def prepare(url: str, records: int) -> list[tuple[str, str]]:
    ctx = open_context(url)
    make_demo_cards(ctx, records)
    with ctx.db.read() as session:
        pairs = [(no, number[-4:]) for no, number in session.execute(select(CardCase.acceptance_no,
                                                                            CardCase.id_number))]
    ctx.db.dispose()
    return pairs


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (Linux /proc), so the server's own cost per request shows apart from
    the machine's load."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def start_server(url: str, port: int, data: Path) -> subprocess.Popen:
    env = dict(os.environ, COUNTER_APP_DATA=str(data))
    command = [sys.executable, "-m", "counter_app.cli.main", "web", "--port", str(port), "--db", url]
    server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/slots", timeout=2).status_code == 200:
                return server
        except httpx.TransportError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("the web server did not start")


async def load(base: str, pairs: list[tuple[str, str]], rate: float, seconds: float) -> tuple[list[float], list[str],
                                                                                            float]:
    rng = random.Random(12)
    latencies: list[float] = []
    errors: list[str] = []
    # Idle connections are dropped before uvicorn's 5 s keep-alive timeout would close them under a request.
    limits = httpx.Limits(max_connections=200, max_keepalive_connections=200, keepalive_expiry=2.0)
    async with httpx.AsyncClient(base_url=base, timeout=30, limits=limits) as client:

        async def one(index: int) -> None:
            number, last4 = rng.choice(pairs)
            right = index % 10 != 0
            body = {"acceptance_no": number, "id_last4": last4 if right else ("0000" if last4 != "0000" else "1111")}
            headers = {"X-Forwarded-For": f"10.{index % 250}.{(index // 250) % 250}.{index % 97 + 1}"}
            started = time.perf_counter()
            try:
                response = await client.post("/api/cards/status", json=body, headers=headers)
            except httpx.HTTPError as exc:
                errors.append(type(exc).__name__)
                return
            latencies.append(time.perf_counter() - started)
            if response.status_code != (200 if right else 404):
                errors.append(f"HTTP {response.status_code}")

        total = int(rate * seconds)
        began = time.perf_counter()
        tasks = []
        for index in range(total):
            delay = began + index / rate - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.create_task(one(index)))
        await asyncio.gather(*tasks)
        elapsed = time.perf_counter() - began
    return latencies, errors, elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rate", type=float, default=200.0)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--records", type=int, default=5000)
    parser.add_argument("--db", help="an empty database URL (default: a fresh SQLite file)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        os.environ["COUNTER_APP_DATA"] = str(data)
        url = args.db or f"sqlite:///{data / 'web.db'}"
        started = time.perf_counter()
        pairs = prepare(url, args.records)
        print(f"{len(pairs)} cards ready in {time.perf_counter() - started:.0f} s", file=sys.stderr)
        port = free_port()
        server = start_server(url, port, data)
        print(f"server on port {port}; {args.rate:g} queries/s for {args.seconds:g} s", file=sys.stderr)
        try:
            server_cpu = cpu_seconds(server.pid)
            client_cpu = time.process_time()
            latencies, errors, elapsed = asyncio.run(load(f"http://127.0.0.1:{port}", pairs, args.rate,
                                                          args.seconds))
            server_cpu = cpu_seconds(server.pid) - server_cpu
            client_cpu = time.process_time() - client_cpu
        finally:
            server.terminate()
            server.wait(timeout=20)
    ordered = sorted(latencies)
    sent = int(args.rate * args.seconds)
    print("| database | requests | achieved req/s | median ms | p95 ms | p99 ms | errors | server CPU ms/req | "
          "load average |")
    print("|---|---|---|---|---|---|---|---|---|")
    print(f"| {'SQLite' if url.startswith('sqlite') else 'PostgreSQL'} | {sent} | {sent / elapsed:.0f} | "
          f"{ordered[len(ordered) // 2] * 1000:.1f} | {p95(ordered) * 1000:.1f} | "
          f"{ordered[int(len(ordered) * 0.99) - 1] * 1000:.1f} | {len(errors)} | {server_cpu / sent * 1000:.2f} | "
          f"{os.getloadavg()[0]:.1f} |")
    print(f"(the load generator itself used {client_cpu / sent * 1000:.2f} ms CPU per request)", file=sys.stderr)
    if errors:
        print("errors:", sorted(set(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
