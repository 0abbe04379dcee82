"""Plain data for the printed documents.

The callers (operations, UI) fill these in; the printing package only lays them out.  Masking, date
arithmetic and translation of codes into Chinese labels happen before the data gets here, so every field is
printed exactly as given.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

__all__ = [
    "NoticeMaterial",
    "OneTimeNotice",
    "PickupNotice",
    "Receipt",
    "ShelfList",
    "ShelfRow",
    "Station",
]


@dataclass(frozen=True)
class Station:
    """The police station (派出所) that prints the document: its name, where it is, how to reach it.

    ``office_name`` is the accepting office as printed on receipts (e.g. "XX派出所户籍室"); when empty,
    ``name`` is used.
    """

    name: str
    address: str
    phone: str
    hours: str
    office_name: str = ""

    @property
    def display_office(self) -> str:
        """The office name to print: ``office_name`` if set, else the station's name."""
        return self.office_name or self.name


@dataclass(frozen=True)
class NoticeMaterial:
    """One row of the material table on a one-time notice (申请材料).

    ``form`` (原件/复印件), ``medium`` (纸质/电子) and ``necessity`` (必须/非必须/容缺后补) are Chinese
    labels.  ``missing`` is True when the applicant has not brought the material yet.
    """

    name: str
    form: str
    medium: str
    copies: int
    necessity: str
    issuer: str
    note: str = ""
    missing: bool = True


@dataclass(frozen=True)
class OneTimeNotice:
    """A one-time notice (一次性告知单): everything the applicant needs, and what is still missing.

    ``applicant_id`` and ``applicant_phone`` arrive masked.  ``materials`` is the full list; the missing ones
    are flagged.  ``statutory_limit``/``promised_limit`` carry their unit (e.g. "20个工作日", "当场办结").
    """

    notice_no: str
    service_name: str
    legal_basis: tuple[str, ...]
    applicant_name: str
    applicant_id: str
    applicant_phone: str
    materials: tuple[NoticeMaterial, ...]
    fee_text: str
    statutory_limit: str
    promised_limit: str
    station: Station
    clerk_name: str
    issued_at: datetime
    conditions_of_acceptance: str = ""
    procedure: str = ""
    refusal_reason: str = ""
    refusal_appeal: str = ""
    remarks: str = ""
    validity: str = ""  # ID-card services: the card's 有效期限 (5年/10年/20年/长期) for this applicant

    @property
    def missing_materials(self) -> tuple[NoticeMaterial, ...]:
        """The materials the applicant still has to bring, in table order."""
        return tuple(m for m in self.materials if m.missing)


@dataclass(frozen=True)
class Receipt:
    """An acceptance receipt (受理回执); for ID cards the 《居民身份证领取凭证》.

    ``id_number`` is the full number: the receipt is handed to its holder.  ``promised_date_note`` explains
    an uncertain date (e.g. it lies beyond the known holiday calendar).  ``title`` overrides the heading;
    when empty it is derived from the service (ID-card services print 居民身份证领取凭证).
    """

    acceptance_no: str
    applicant_name: str
    id_number: str
    service_name: str
    reason: str
    pickup_method: str
    accepted_at: datetime
    promised_date: date
    fee_text: str
    clerk_name: str
    station: Station
    pickup_rules: tuple[str, ...]
    materials_received: tuple[str, ...] = ()
    promised_date_note: str = ""
    title: str = ""
    validity: str = ""  # the card's 有效期限 (5年/10年/20年/长期); "" for a receipt of another kind

    @property
    def display_title(self) -> str:
        """The heading to print."""
        if self.title:
            return self.title
        return "居民身份证领取凭证" if "身份证" in self.service_name else "受理回执"


@dataclass(frozen=True)
class ShelfRow:
    """One card waiting on the pickup shelf; ``name`` and ``id_number`` arrive masked."""

    storage_place: str
    acceptance_no: str
    name: str
    id_number: str
    arrived_on: date


@dataclass(frozen=True)
class ShelfList:
    """A printed list of the cards waiting on the shelf (待领证件清单)."""

    title: str
    printed_at: datetime
    station: Station
    rows: tuple[ShelfRow, ...]


@dataclass(frozen=True)
class PickupNotice:
    """A pickup notice (领证通知): the holder's card has arrived; where, when and with what to collect it."""

    applicant_name: str
    acceptance_no: str
    service_name: str
    arrived_on: date
    station: Station
    what_to_bring: tuple[str, ...]
    proxy_rule: str
    issued_at: datetime
