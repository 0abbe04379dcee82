"""A minor at the counter (未成年人): who may apply, and when the clerk checks with the guardian.

Under 16 a card is applied for by the guardian (IDLAW art 7): the checklist lists the guardian's presence and
papers, and accepting waits for them.  At 16 and 17 the applicant may apply alone — but a child that age alone
at the counter may be a child who ran away from home, so the clerk is prompted to reach the guardian and to
record that it was done (or why not).  That is a prompt, not a refusal: any recorded answer lets the case go on.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from counter_app.domain.id_number import age_on

GuardianRule = Literal["guardian_applies", "check_with_guardian"]

GUARDIAN_PROMPT = (
    "申请人16至17周岁、单独前来办理：请联系其监护人核实（监护人陪同的写明陪同），"
    "并记录联系结果；未能联系上的，写明原因。"
)
NOTE_MAX = 200


def guardian_rule(birth_date: date, on: date) -> GuardianRule | None:
    """What the counter does about the guardian of someone born on ``birth_date``, applying on ``on``."""
    age = age_on(birth_date, on)
    if age < 16:
        return "guardian_applies"
    return "check_with_guardian" if age < 18 else None


def clean_guardian_note(text: str | None) -> str:
    """The recorded answer, trimmed; raises ValueError (with the prompt) when it is missing or too long."""
    note = " ".join((text or "").split())
    if not note:
        raise ValueError(GUARDIAN_PROMPT)
    if len(note) > NOTE_MAX:
        raise ValueError(f"监护人联系记录不能超过 {NOTE_MAX} 个字")
    return note
