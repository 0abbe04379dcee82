"""``counter-app web``: the real command serves the page; ``web notices`` publishes what it shows."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import httpx

from counter_app.cli.main import main
from tests.web.web_support import free_port


def test_notices_add_list_remove(tmp_path, capsys):
    db = ["--db", f"sqlite:///{tmp_path / 'c.db'}"]
    assert main([*db, "web", "notices", "add", "元旦期间 1月1日 休息", "--until", "2099-01-01"]) == 0
    assert main([*db, "web", "notices", "add", "新年好"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert listed[-2].startswith("1\t") and listed[-2].endswith("新年好") and "2099-01-01" in listed[-1]
    assert main([*db, "web", "notices", "remove", "1"]) == 0
    assert capsys.readouterr().out.strip().endswith("元旦期间 1月1日 休息")
    assert main([*db, "web", "notices", "remove", "7"]) == 2


def test_the_command_serves_the_page_on_the_given_port(tmp_path):
    port = free_port()
    env = dict(os.environ, COUNTER_APP_DATA=str(tmp_path / "data"))
    command = [sys.executable, "-m", "counter_app.cli.main", "web", "--port", str(port),
               "--db", f"sqlite:///{tmp_path / 'c.db'}"]
    server = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                page = httpx.get(f"http://127.0.0.1:{port}/", timeout=2)
                break
            except httpx.TransportError:
                assert server.poll() is None, server.stderr.read().decode()
                assert time.monotonic() < deadline, "the web server did not start"
                time.sleep(0.2)
        assert page.status_code == 200 and "网上预约" in page.text
        assert "server" not in page.headers  # uvicorn's banner is off
    finally:
        server.terminate()
        _, err = server.communicate(timeout=20)
    assert "GET / 200" in err.decode()
