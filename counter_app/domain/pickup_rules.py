"""What a card's holder (or a relative) must bring to collect it: one rule for the hand-over and the papers.

The hand-over refuses a card without these; the pickup notice, the receipt's 领取须知 and the hand-over dialog
state them from the same function, so an applicant is never asked at the counter for something no paper named.
"""

from __future__ import annotations

from dataclasses import dataclass

# Reasons for which the applicant holds an old card that must be handed back (换领: expiry, damage, changes).
EXCHANGE_REASONS = frozenset({"renewal", "换领", "到期换领", "expired", "damaged", "changed", "change"})
EXCHANGE_SERVICES = frozenset({"id_card_renewal"})

RECEIPT = "《居民身份证领取凭证》"
OLD_CARD = "原居民身份证（换领须交回）"
TEMP_CARD = "临时居民身份证（须交回）"
PROXY_ID = "代领人本人的居民身份证"
PROXY_RULE = f"本人因故不能领取的，可由亲属代领，须持{PROXY_ID}和{RECEIPT}，并带齐上列须交回的证件。"


@dataclass(frozen=True)
class PickupRequirements:
    """What the hand-over checks for one case."""

    old_card: bool  # the old card is collected before the new one is handed out
    temp_card: bool  # the temporary card issued meanwhile is handed back

    def what_to_bring(self) -> tuple[str, ...]:
        """The list printed on the pickup notice, for the holder in person."""
        items = [RECEIPT]
        if self.old_card:
            items.append(OLD_CARD)
        if self.temp_card:
            items.append(TEMP_CARD)
        return tuple(items)


def pickup_requirements(service_id: str, reason: str, temp_card_issued: bool) -> PickupRequirements:
    """The requirements of a card accepted for ``service_id`` with ``reason``."""
    exchange = reason in EXCHANGE_REASONS or service_id in EXCHANGE_SERVICES
    return PickupRequirements(old_card=exchange, temp_card=temp_card_issued)
