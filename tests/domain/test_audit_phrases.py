"""The audit page's words: every action the operations write has a phrase; details read as labelled values."""

from __future__ import annotations

import re
from pathlib import Path

from counter_app.domain.audit_phrases import ACTIONS, action_phrase, detail_text, target_text

ROOT = Path(__file__).resolve().parents[2] / "counter_app"


def test_every_literal_action_has_a_phrase() -> None:
    written = set()
    for path in ROOT.rglob("*.py"):
        written |= set(re.findall(r'\baudit\(\s*session,\s*"([a-z_]+(?:\.[a-z_]+)?)"', path.read_text("utf-8")))
    assert written, "the operations write audit entries"
    assert written <= set(ACTIONS), sorted(written - set(ACTIONS))


def test_details_targets_and_unknown_codes() -> None:
    names = {"birth_registration": "出生登记", "arrived": "已到"}
    assert action_phrase("notice.reprint") == "重打一次性告知单" and action_phrase("new.thing") == "new.thing"
    text = detail_text({"service": "birth_registration", "missing": 2, "how": "pdf", "proxy": False}, names)
    assert text == "事项：出生登记；缺材料（项）：2；方式：另存PDF；代领：否"
    assert detail_text({"to_state": "arrived", "odd": "x"}, names) == "新状态：已到；odd：x"
    assert detail_text(None) == ""
    assert target_text("service_case.record", "case:12") == "办件 #12"
    assert target_text("follow_up.tick", "7") == "待办 #7"
    assert target_text("card.accept", "1101050012026112300001") == "1101050012026112300001"
    assert target_text("settings.change", "follow_ups") == "待办事项"


def test_a_settings_change_reads_in_the_registry_words() -> None:
    detail = {"changed": ["card_limit_days", "name"], "before": {"card_limit_days": 45}}
    detail["after"] = {"card_limit_days": 40}
    assert detail_text(detail) == (
        "改动：身份证法定办理时限（日）、窗口名称；原值：身份证法定办理时限（日） 45；新值：身份证法定办理时限（日） 40"
    )
