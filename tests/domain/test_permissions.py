"""Roles and permissions: the full role × permission table, refusals naming the action and the role needed."""

from __future__ import annotations

import pytest

from counter_app.domain.errors import DomainError
from counter_app.domain.permissions import (
    PERMISSION_LABELS,
    ROLE_LABELS,
    ROLE_PERMISSIONS,
    WEB_PERMISSIONS,
    Permission,
    PermissionDenied,
    Role,
    has_permission,
    require,
    roles_with,
)
from counter_app.operations.context import Actor


# The table as the issues state it: every counter permission is the supervisor's, none is a plain clerk's; the web
# page's two permissions are the web role's alone (a counter never acts through the residents' door).
def _holder(permission: Permission) -> Role:
    return Role.WEB if permission in WEB_PERMISSIONS else Role.SUPERVISOR


EXPECTED = {(role, permission): role is _holder(permission) for role in Role for permission in Permission}


@pytest.mark.parametrize(("role", "permission"), sorted(EXPECTED), ids=lambda v: str(v))
def test_every_permission_for_every_role(role, permission):
    actor = Actor(clerk="li", workstation="窗口1", role=role.value)
    assert has_permission(role, permission) is EXPECTED[role, permission]
    if EXPECTED[role, permission]:
        require(actor, permission)
    else:
        with pytest.raises(PermissionDenied) as info:
            require(actor, permission)
        assert isinstance(info.value, DomainError) and info.value.reason == "permission_denied"
        assert info.value.permission is permission
        assert PERMISSION_LABELS[permission] in info.value.message
        needed = ROLE_LABELS[_holder(permission)]
        assert f"需要{needed}权限" in info.value.message and "li" in info.value.message


def test_every_permission_has_a_label_and_a_holder():
    assert set(PERMISSION_LABELS) == set(Permission)
    assert set(ROLE_PERMISSIONS) == set(Role)
    for permission in Permission:
        assert roles_with(permission) == (_holder(permission),)


def test_default_actor_is_a_clerk_and_holds_nothing():
    actor = Actor(clerk="someone", workstation="pc")
    assert not any(has_permission(actor.role, p) for p in Permission)


@pytest.mark.parametrize("role", ["", "admin", "Supervisor ", "root"])
def test_unknown_role_holds_nothing(role):
    assert not has_permission(role, Permission.MANAGE_USERS)
    with pytest.raises(PermissionDenied) as info:
        require(Actor(clerk="x", workstation="pc", role=role), Permission.MANAGE_USERS)
    assert "管理用户账户" in info.value.message


def test_message_names_the_current_role():
    with pytest.raises(PermissionDenied) as info:
        require(Actor(clerk="wang", workstation="窗口2", role="clerk"), Permission.UNMASK_PERSONAL_DATA)
    assert info.value.message == "无权查看完整证件号码和电话：需要主管权限，当前用户 wang 是窗口人员。"
