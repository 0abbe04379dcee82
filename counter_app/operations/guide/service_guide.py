"""The service guide use cases: find a service, evaluate its checklist, give and find one-time notices."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import or_, select

from counter_app.domain.card_terms import card_promise, card_validity
from counter_app.domain.catalog_schema import DayUnit, MaterialForm, Medium, Necessity, Service, TimeLimit
from counter_app.domain.checklist import Checklist, evaluate
from counter_app.domain.id_number import age_band, age_on, hukou_region, parse_id_number
from counter_app.domain.masking import mask_id_number, mask_phone
from counter_app.domain.phone_numbers import phone_digits
from counter_app.domain.pinyin_keys import matches_pinyin
from counter_app.domain.service_case import Outcome
from counter_app.operations.admin.station import load_station
from counter_app.operations.admin.station_calendar import working_calendar
from counter_app.operations.admin.station_letterhead import station_document
from counter_app.operations.context import AppContext
from counter_app.operations.day.service_cases import record_case
from counter_app.operations.follow_ups.hooks import follow_up_for_notice
from counter_app.store.models import Notice
from counter_app.store.sequences import next_in_sequence

if TYPE_CHECKING:
    import printing

LABELS: dict[str, str] = {
    MaterialForm.ORIGINAL: "原件",
    MaterialForm.COPY: "复印件",
    MaterialForm.ORIGINAL_OR_COPY: "原件或复印件",
    MaterialForm.ORIGINAL_AND_COPY: "原件及复印件",
    Medium.PAPER: "纸质",
    Medium.ELECTRONIC: "电子",
    Medium.PAPER_OR_ELECTRONIC: "纸质或电子",
    Necessity.REQUIRED: "必须",
    Necessity.OPTIONAL: "非必须",
    Necessity.DEFERRABLE: "容缺后补",
}
_UNIT = {DayUnit.WORKING: "个工作日", DayUnit.CALENDAR: "日（自然日）"}


def search_services(ctx: AppContext, query: str) -> list[Service]:
    """Services whose name, alias or pinyin (full or initials) contains the query; all when it is empty."""
    query = query.strip()
    services = ctx.catalog.ordered()
    if not query:
        return services
    return [s for s in services if any(matches_pinyin(query, text) for text in (s.name, *s.aliases))]


@dataclass(frozen=True)
class IdFacts:
    number: str
    summary: str
    derived: dict[str, Any]


def inspect_id_number(ctx: AppContext, text: str) -> IdFacts:
    """What an ID number says by itself; raises InvalidIdNumber with the reason in Chinese."""
    parsed = parse_id_number(text)
    today = ctx.now().date()
    age = age_on(parsed.birth_date, today)
    station = load_station(ctx)
    place = "".join(p for p in (parsed.province, parsed.county) if p)
    summary = f"{parsed.birth_date:%Y-%m-%d} 出生 · {parsed.sex_zh} · {age}岁" + (f" · {place}" if place else "")
    derived = {
        "age": age,
        "age_band": age_band(age),
        "sex": "male" if parsed.sex == "M" else "female",
        "hukou_region": hukou_region(parsed.region_code, station.office_code),
    }
    return IdFacts(parsed.number, summary, derived)


def build_checklist(
    ctx: AppContext, service_id: str, answers: dict[str, Any], brought: set[str], id_number: str | None
) -> Checklist:
    derived = inspect_id_number(ctx, id_number).derived if id_number else None
    return evaluate(ctx.catalog.get(service_id), answers, brought, derived)


def _limit_text(limit: TimeLimit | None, none_text: str) -> str:
    if limit is None:
        return none_text
    text = "当场办结" if limit.days == 0 else f"{limit.days}{_UNIT[limit.unit]}"
    return f"{text}（{limit.note}）" if limit.note else text


def limits_text(ctx: AppContext, service: Service) -> tuple[str, str]:
    """The statutory and promised limits as printed: value, unit and note.

    An ID card's promise is the station's, and is said as the date a case accepted today gets stored — the same
    function acceptance uses, so the notice, the guide and the later receipt name the same date.
    """
    limits = service.time_limits
    statutory = _limit_text(limits.statutory, "无法定时限")
    if service.category != "id_card":
        return statutory, _limit_text(limits.promised, "")
    today = ctx.now().date()
    due, text = card_promise(service, today, working_calendar(), load_station(ctx).card_promise_days)
    when = "当日" if due.date == today else f"{due.date.year}年{due.date.month}月{due.date.day}日"
    return statutory, f"{text}（今日受理的，预计{when}可领取）"


def promised_text(ctx: AppContext, service: Service) -> str:
    """The promised limit as the applicant's date: 当场办结 for 0 days, else the date counted from today."""
    promised = service.time_limits.promised
    if promised.days == 0:
        return "当场办结"
    due = working_calendar().add(ctx.now().date(), promised.days, promised.unit.value)
    return f"{due.date:%Y年%m月%d日}前"


@dataclass(frozen=True)
class Applicant:
    name: str
    id_number: str | None = None
    phone: str | None = None


@dataclass(frozen=True)
class NoticeSummary:
    notice_no: str
    created_at: datetime
    service_name: str
    applicant_name: str
    id_masked: str
    phone_masked: str
    missing: list[str]
    clerk: str


def notice_document(
    ctx: AppContext, checklist: Checklist, applicant: Applicant, notice_no: str
) -> printing.OneTimeNotice:
    import printing

    service = checklist.service
    missing_ids = {m.id for m in checklist.missing}
    materials = tuple(
        printing.NoticeMaterial(
            name=m.name,
            form=LABELS[m.form],
            medium=LABELS[m.medium],
            copies=m.copies,
            necessity=LABELS[m.necessity],
            issuer=m.issuer,
            note=m.note,
            missing=m.id in missing_ids,
        )
        for m in checklist.applicable
    )
    statutory, promised = limits_text(ctx, service)
    return printing.OneTimeNotice(
        notice_no=notice_no,
        service_name=service.name,
        legal_basis=service.legal_basis,
        applicant_name=applicant.name,
        applicant_id=mask_id_number(applicant.id_number) if applicant.id_number else "",
        applicant_phone=mask_phone(applicant.phone) if applicant.phone else "",
        materials=materials,
        fee_text=checklist.fee.text(),
        statutory_limit=statutory,
        promised_limit=promised,
        station=station_document(ctx),
        validity=card_validity(service, applicant.id_number, ctx.now().date()),
        clerk_name=ctx.actor.clerk,
        issued_at=ctx.now(),
        conditions_of_acceptance=service.conditions_of_acceptance,
        procedure=service.procedure,
        refusal_appeal=service.refusal_appeal,
    )


def check_applicant(applicant: Applicant) -> tuple[str | None, str | None]:
    """The applicant's ID number and phone as stored; a missing name or a bad ID number is refused."""
    if not applicant.name.strip():
        raise ValueError("请填写申请人姓名")
    id_number = parse_id_number(applicant.id_number).number if applicant.id_number else None
    return id_number, phone_digits(applicant.phone)


def notice_content(checklist: Checklist, applicant: Applicant) -> dict[str, Any]:
    """What a notice record holds of the applicant and the checklist (first print and reprints alike)."""
    id_number, phone = check_applicant(applicant)
    return dict(
        id_number=id_number,
        id_rev=id_number[::-1] if id_number else None,
        phone=phone,
        phone_rev=phone[::-1] if phone else None,
        answers=dict(checklist.answers),
        brought=sorted(checklist.brought),
        missing=[{"id": m.id, "name": m.name} for m in checklist.missing],
    )


def give_notice(
    ctx: AppContext,
    checklist: Checklist,
    applicant: Applicant,
    page: str = "A4",
    *,
    started_at: datetime | None = None,
    channel: str = "regular",
) -> tuple[str, bytes]:
    """Record the notice and return its number and PDF; the record and the audit entry land together.

    The same transaction logs the counter case it closes (outcome "notice", from ``started_at`` to now) and,
    when materials are missing, a follow-up to watch for the supplementary materials.
    """
    check_applicant(applicant)  # before the transaction, as a refusal should be
    with ctx.db.write() as session:
        notice_no = record_notice(ctx, session, checklist, applicant, started_at=started_at, channel=channel)
        from printing import build_notice_pdf

        # Built inside the transaction: a notice that cannot be printed (a missing glyph) is not recorded either.
        pdf = build_notice_pdf(notice_document(ctx, checklist, applicant, notice_no), page=page)
    return notice_no, pdf


def record_notice(
    ctx: AppContext,
    session: Any,
    checklist: Checklist,
    applicant: Applicant,
    *,
    started_at: datetime | None = None,
    channel: str = "regular",
) -> str:
    """Number the notice (GZ, the date, the day's sequence) and store it in the caller's transaction; its number.
    ``give_notice`` prints it as well; the demo's earlier notices need only the records."""
    check_applicant(applicant)
    now = ctx.now()
    seq = next_in_sequence(session, "notice", now.date())
    notice_no = f"GZ{now:%Y%m%d}{seq:04d}"
    store_notice(ctx, session, checklist, applicant, notice_no, started_at=started_at, channel=channel)
    return notice_no


def store_notice(
    ctx: AppContext,
    session: Any,
    checklist: Checklist,
    applicant: Applicant,
    notice_no: str,
    *,
    started_at: datetime | None,
    channel: str,
    **audit_detail: Any,
) -> Notice:
    """The notice row, its audit entry, the counter case it closes and the follow-up for missing materials, all
    at ``ctx.now()`` in the caller's transaction (a notice printed offline is stored later at its own time)."""
    content = notice_content(checklist, applicant)
    id_number, phone = content["id_number"], content["phone"]
    notice = Notice(
        notice_no=notice_no,
        service_id=checklist.service.id,
        service_name=checklist.service.name,
        applicant_name=applicant.name.strip(),
        **content,
        clerk=ctx.actor.clerk,
        workstation=ctx.actor.workstation,
        created_at=ctx.now(),
    )
    session.add(notice)
    session.flush()
    ctx.audit(session, "notice.give", notice_no, service=checklist.service.id, missing=len(checklist.missing),
              **audit_detail)
    record_case(
        ctx, session, service_id=checklist.service.id, service_name=checklist.service.name,
        applicant_name=notice.applicant_name, id_number=id_number, phone=phone, started_at=started_at,
        outcome=Outcome.NOTICE, channel=channel, notice_id=notice.id,
        promise="none",  # not accepted (materials missing), so no completion promise was made
    )
    follow_up_for_notice(ctx, session, notice)
    return notice


def find_notices(ctx: AppContext, query: str, limit: int = 50) -> list[NoticeSummary]:
    """Earlier notices by name (prefix), full ID number, its last 4–6 characters, phone or its last 4 digits."""
    text = query.strip().upper()
    if not text:
        return []
    if text.startswith("GZ"):
        match = Notice.notice_no == text
    elif text.isascii() and text.replace("X", "").isdigit():
        rev = text[::-1]
        match = or_(
            Notice.id_number == text,
            Notice.id_rev.between(rev, rev + "\uffff"),
            Notice.phone_rev.between(rev, rev + "\uffff"),
        )
    else:
        match = Notice.applicant_name.between(text, text + "\uffff")
    with ctx.db.write() as session:
        rows = session.scalars(select(Notice).where(match).order_by(Notice.created_at.desc()).limit(limit)).all()
        ctx.audit(session, "notice.search", query[:100], results=len(rows))
        return [
            NoticeSummary(
                notice_no=n.notice_no,
                created_at=n.created_at,
                service_name=n.service_name,
                applicant_name=n.applicant_name,
                id_masked=mask_id_number(n.id_number) if n.id_number else "",
                phone_masked=mask_phone(n.phone) if n.phone else "",
                missing=[m["name"] for m in n.missing],
                clerk=n.clerk,
            )
            for n in rows
        ]
