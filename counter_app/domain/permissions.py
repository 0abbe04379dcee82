"""Roles and what each may do; checked in the operations, so the UI hiding a button is never the only guard.

Ordinary counter work (guide, notices, cards, follow-ups) needs no permission: every logged-in clerk does it.
The permissions below protect what changes the station's rules or exposes personal data beyond the counter's
need; today only the supervisor (负责人) holds them, but the table keeps the door open for a third role.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Protocol

from counter_app.domain.errors import DomainError


class Role(StrEnum):
    CLERK = "clerk"
    SUPERVISOR = "supervisor"
    # The station's web page (counter_app.web) acting for residents; nobody logs in with it.
    WEB = "web"


class Permission(StrEnum):
    EDIT_STATION_SETTINGS = "edit_station_settings"
    EDIT_OFFICE_HOURS = "edit_office_hours"
    EDIT_CATALOG_OVERRIDES = "edit_catalog_overrides"
    MANAGE_USERS = "manage_users"
    VIEW_AUDIT_LOG = "view_audit_log"
    EXPORT_AUDIT_LOG = "export_audit_log"
    UNMASK_PERSONAL_DATA = "unmask_personal_data"
    PURGE_PERSONAL_DATA = "purge_personal_data"
    EDIT_ROUTINE = "edit_routine"
    EDIT_APPOINTMENT_TEMPLATE = "edit_appointment_template"
    EXPORT_CONTACTS = "export_contacts"  # the SMS list: every waiting holder's full mobile leaves the counter
    WEB_CARD_STATUS = "web_card_status"
    WEB_BOOKING = "web_booking"


ROLE_LABELS: dict[Role, str] = {Role.CLERK: "窗口人员", Role.SUPERVISOR: "主管", Role.WEB: "网上服务"}
# The roles a person may log in with; the web role belongs to the web process alone.
LOGIN_ROLES: tuple[Role, ...] = (Role.CLERK, Role.SUPERVISOR)

# The action named in a refusal, so the clerk knows what was refused and whom to ask.
PERMISSION_LABELS: dict[Permission, str] = {
    Permission.EDIT_STATION_SETTINGS: "修改窗口设置",
    Permission.EDIT_OFFICE_HOURS: "修改办公时间",
    Permission.EDIT_CATALOG_OVERRIDES: "修改本所办事指南（收费、时限、材料）",
    Permission.MANAGE_USERS: "管理用户账户",
    Permission.VIEW_AUDIT_LOG: "查看操作日志",
    Permission.EXPORT_AUDIT_LOG: "导出操作日志",
    Permission.UNMASK_PERSONAL_DATA: "查看完整证件号码和电话",
    Permission.PURGE_PERSONAL_DATA: "清除过期个人信息",
    Permission.EDIT_ROUTINE: "修改每日例行事项",
    Permission.EDIT_APPOINTMENT_TEMPLATE: "修改预约时段模板",
    Permission.EXPORT_CONTACTS: "导出短信名单（完整手机号）",
    Permission.WEB_CARD_STATUS: "为居民网上查询证件进度",
    Permission.WEB_BOOKING: "为居民网上预约或取消预约",
}

# What the web page may do for a resident and nothing else; a counter has no use for these doors.
WEB_PERMISSIONS = frozenset({Permission.WEB_CARD_STATUS, Permission.WEB_BOOKING})

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.CLERK: frozenset(),
    Role.SUPERVISOR: frozenset(Permission) - WEB_PERMISSIONS,
    Role.WEB: WEB_PERMISSIONS,
}


class PermissionDenied(DomainError):
    """The acting clerk's role does not allow the operation; raised whatever the UI offered."""

    def __init__(self, permission: Permission, needed: tuple[Role, ...], clerk: str, role: str) -> None:
        needed_text = "或".join(ROLE_LABELS[r] for r in needed) or "（无任何角色）"
        current = ROLE_LABELS.get(_parse_role(role), f"未知角色“{role}”") if role else "未登录"
        action = PERMISSION_LABELS[permission]
        who = clerk or "（未登录）"
        super().__init__("permission_denied", f"无权{action}：需要{needed_text}权限，当前用户 {who} 是{current}。")
        self.permission = permission
        self.needed = needed


class ActsWithRole(Protocol):
    """Anything that says who acts and in which role (``operations.context.Actor``)."""

    @property
    def clerk(self) -> str: ...

    @property
    def role(self) -> str: ...


def _parse_role(value: str) -> Role | None:
    try:
        return Role(value)
    except ValueError:
        return None


def roles_with(permission: Permission) -> tuple[Role, ...]:
    return tuple(role for role in Role if permission in ROLE_PERMISSIONS[role])


def has_permission(role: str | Role, permission: Permission) -> bool:
    """True if ``role`` holds ``permission``; an unknown role holds nothing (fail closed)."""
    parsed = _parse_role(str(role))
    return parsed is not None and permission in ROLE_PERMISSIONS[parsed]


def require(actor: ActsWithRole, permission: Permission) -> None:
    """Raise PermissionDenied unless the actor's role holds ``permission``; call it first in the operation."""
    if not has_permission(actor.role, permission):
        raise PermissionDenied(permission, roles_with(permission), actor.clerk, actor.role)
