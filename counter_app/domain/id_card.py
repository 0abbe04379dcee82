"""What a second-generation ID card (二代居民身份证) tells a reader: its text message, decoded and checked.

The card readers' common library (sdtapi) hands the card's text as 256 bytes of UCS-2LE in fixed fields (widths
in bytes): name 30, sex code 2, nation code 4, birth date 16 (YYYYMMDD), address 70, ID number 36, issuing
authority 30, valid-from 16, valid-until 16 (YYYYMMDD, or 长期 for a card without end), 36 reserved. Fields are
padded with spaces. The sex code follows GB/T 2261.1, the nation code GB 3304 (tables in ``id_card_codes``).
The photo (1024 bytes, encrypted) is left out: decoding it needs the vendor's separate library.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from counter_app.domain.errors import DomainError
from counter_app.domain.id_card_codes import NATIONS, SEXES
from counter_app.domain.id_number import InvalidIdNumber, parse_id_number
from counter_app.domain.masking import mask_id_number, mask_name

MESSAGE_BYTES = 256
# (field, width in bytes) in the order the card stores them.
FIELDS: tuple[tuple[str, int], ...] = (
    ("name", 30), ("sex", 2), ("nation", 4), ("birth_date", 16), ("address", 70), ("id_number", 36),
    ("issuer", 30), ("valid_from", 16), ("valid_until", 16),
)
NO_END = "长期"


class IdCardDataError(DomainError):
    """The reader answered, but its bytes are not a card's text message."""


@dataclass(frozen=True)
class IdCardData:
    """One card as read: the facts printed on it, the codes turned into names."""

    name: str
    sex_code: str
    nation_code: str
    birth_date: date
    address: str
    id_number: str
    issuer: str
    valid_from: date
    valid_until: date | None  # None: 长期 (valid without end)

    @property
    def sex(self) -> str:
        return SEXES.get(self.sex_code, self.sex_code)

    @property
    def nation(self) -> str:
        return NATIONS.get(self.nation_code, self.nation_code)

    def expired(self, today: date) -> bool:
        """A card is valid through its valid-until day."""
        return self.valid_until is not None and self.valid_until < today

    def validity_text(self) -> str:
        end = NO_END if self.valid_until is None else f"{self.valid_until:%Y.%m.%d}"
        return f"{self.valid_from:%Y.%m.%d}-{end}"

    def as_dict(self, full: bool = False) -> dict[str, str]:
        """The ``reader read --json`` keys; name and number masked unless ``full``."""
        return {
            "name": self.name if full else mask_name(self.name),
            "sex": self.sex,
            "nation": self.nation,
            "birth_date": self.birth_date.isoformat(),
            "address": self.address if full else _mask_address(self.address),
            "id_number": self.id_number if full else mask_id_number(self.id_number),
            "issuer": self.issuer,
            "valid_from": self.valid_from.isoformat(),
            "valid_until": NO_END if self.valid_until is None else self.valid_until.isoformat(),
        }


def _mask_address(address: str) -> str:
    """Keep the first six characters (province and city), hide the street and house."""
    return address[:6] + "*" * max(0, min(len(address) - 6, 6))


def _date(text: str, field: str) -> date:
    if len(text) != 8 or not text.isdigit():
        raise IdCardDataError(field, f"读卡器返回的{_LABELS[field]}不是日期：{text!r}")
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        raise IdCardDataError(field, f"读卡器返回的{_LABELS[field]}不是日期：{text!r}") from None


_LABELS = {"birth_date": "出生日期", "valid_from": "有效期起始日期", "valid_until": "有效期截止日期"}


def split_fields(raw: bytes) -> dict[str, str]:
    """The text fields, spaces and NULs stripped; IdCardDataError for a short or undecodable message."""
    needed = sum(width for _, width in FIELDS)
    if len(raw) < needed:
        raise IdCardDataError("short", f"读卡器返回的信息不完整（{len(raw)} 字节，至少应有 {needed} 字节）")
    fields: dict[str, str] = {}
    offset = 0
    for field, width in FIELDS:
        chunk = raw[offset:offset + width]
        offset += width
        try:
            text = chunk.decode("utf-16-le")
        except UnicodeDecodeError:
            raise IdCardDataError("garbled", "读卡器返回的信息无法识别，请重新放置证件") from None
        fields[field] = text.replace("\x00", "").strip()
    return fields


def parse_base_message(raw: bytes, today: date | None = None) -> IdCardData:
    """Decode and check the 256-byte text message; IdCardDataError when anything does not fit a real card."""
    fields = split_fields(raw)
    if not fields["name"]:
        raise IdCardDataError("garbled", "读卡器返回的信息没有姓名，请重新放置证件")
    try:
        id_number = parse_id_number(fields["id_number"], today=today).number
    except InvalidIdNumber as exc:
        raise IdCardDataError("garbled", f"读卡器返回的身份证号无效：{exc.message}") from None
    if fields["sex"] not in SEXES:
        raise IdCardDataError("garbled", f"读卡器返回的性别代码无效：{fields['sex']!r}")
    if fields["sex"] in ("1", "2") and int(id_number[16]) % 2 != int(fields["sex"]) % 2:
        # The 17th digit of the number is odd for men, even for women: a mismatch is a garbled read.
        raise IdCardDataError("garbled", "读卡器返回的性别与身份证号不符，请重新放置证件")
    until = fields["valid_until"]
    return IdCardData(
        name=fields["name"],
        sex_code=fields["sex"],
        nation_code=fields["nation"],
        birth_date=_date(fields["birth_date"], "birth_date"),
        address=fields["address"],
        id_number=id_number,
        issuer=fields["issuer"],
        valid_from=_date(fields["valid_from"], "valid_from"),
        valid_until=None if until == NO_END else _date(until, "valid_until"),
    )


def build_base_message(card: IdCardData) -> bytes:
    """The card's text as a reader returns it (tests and the stand-in library build messages with it)."""
    values = {
        "name": card.name, "sex": card.sex_code, "nation": card.nation_code,
        "birth_date": f"{card.birth_date:%Y%m%d}", "address": card.address, "id_number": card.id_number,
        "issuer": card.issuer, "valid_from": f"{card.valid_from:%Y%m%d}",
        "valid_until": NO_END if card.valid_until is None else f"{card.valid_until:%Y%m%d}",
    }
    out = b""
    for field, width in FIELDS:
        encoded = values[field].encode("utf-16-le")[:width]
        out += encoded + " ".encode("utf-16-le") * ((width - len(encoded)) // 2)
    return out.ljust(MESSAGE_BYTES, b"\x00")
