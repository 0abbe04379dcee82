"""Who is asking: the web process as an actor, with the resident's network address masked for the audit log."""

from __future__ import annotations

import ipaddress
from dataclasses import replace

from counter_app.domain.permissions import Role
from counter_app.operations.context import Actor, AppContext

WEB_CLERK = "web"


def mask_client_address(host: str | None) -> str:
    """``203.0.113.57`` → ``203.0.113.*``; IPv6 keeps its first three groups (the provider's prefix).

    Enough for a supervisor to see that one network hammered the page, not enough to name a household.
    """
    try:
        address = ipaddress.ip_address((host or "").strip())
    except ValueError:
        return "unknown"
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    if isinstance(address, ipaddress.IPv4Address):
        return ".".join(str(address).split(".")[:3]) + ".*"
    groups = address.exploded.split(":")[:3]
    return ":".join(group.lstrip("0") or "0" for group in groups) + ":*"


def web_actor(client_host: str | None) -> Actor:
    """The web role acting for one request; the masked address goes where a counter writes its workstation."""
    return Actor(clerk=WEB_CLERK, workstation=f"web {mask_client_address(client_host)}"[:60], role=Role.WEB.value)


def for_client(ctx: AppContext, client_host: str | None) -> AppContext:
    """The web process's context acting for one request (same database, catalog and clock)."""
    return replace(ctx, actor=web_actor(client_host))
