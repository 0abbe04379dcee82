"""The audit log in words (审计日志的中文表述): what was done, to which case, with which details.

The log stores short codes (``card.accept``, ``{"service": "birth_registration", "missing": 2}``) that stay
stable for searching and exports; the supervisor's page shows them as the phrases below.  A code without a
phrase is shown as it is, so a new operation is never hidden.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

ACTIONS: dict[str, str] = {
    "login": "登录",
    "login.failed": "登录失败",
    "login.locked": "账号被锁定",
    "unlock": "解锁屏幕",
    "unlock.failed": "解锁失败",
    "user.create": "新建账号",
    "user.passwd": "修改密码",
    "user.disable": "停用账号",
    "user.enable": "启用账号",
    "card.accept": "受理身份证申请",
    "card.move": "变更证件状态",
    "card.arrivals": "导入到证清单",
    "card.lookup": "查询证件",
    "card.open": "查看证件详情",
    "card.unmask": "查看完整证件号码",
    "card.hand_out": "发放证件",
    "card.notified": "通知领证",
    "notice.give": "开具一次性告知单",
    "notice.reprint": "重打一次性告知单",
    "notice.search": "查询告知单",
    "notice.sms_export": "导出领证短信",
    "print.receipt": "打印领取凭证",
    "print.receipt_reprint": "补打领取凭证",
    "id_card.read": "读取身份证（读卡器）",
    "print.pickup_notice": "打印领证通知",
    "print.shelf_list": "打印待领证件清单",
    "print.appointment_list": "打印预约名单",
    "service_case.start": "开始办件",
    "service_case.record": "登记办件",
    "service_case.finish": "办结办件",
    "service_case.close_day": "日终结转未办结办件",
    "follow_up.add": "新增待办",
    "follow_up.tick": "完成待办",
    "follow_up.reopen": "重新打开待办",
    "follow_up.sweep": "自动检查待办",
    "appointment.book": "预约",
    "appointment.cancel": "取消预约",
    "appointment.check_in": "预约签到",
    "appointment.no_show": "标记爽约",
    "appointment.slot_create": "新增预约时段",
    "appointment.slot_remove": "删除预约时段",
    "appointment.slots_generate": "生成预约时段",
    "routine.tick": "勾选每日例行事项",
    "routine.untick": "取消勾选例行事项",
    "settings.change": "修改设置",
    "report": "生成工作报表",
    "export": "导出",
    "audit.view": "查看审计日志",
    "audit.verify": "校验审计日志完整性",
    "privacy.purge": "清除过期个人信息",
    "backup.manual": "手动备份",
    "backup.daily": "每日自动备份",
    "backup.create": "备份数据库",
    "backup.restore": "恢复数据库",
    "web.card_status": "网站查询证件进度",
    "web.notice_add": "发布网站公告",
    "web.notice_remove": "撤下网站公告",
    "demo.cards": "生成演示证件",
    "demo.day": "生成演示当日数据",
    "demo.year": "生成演示全年数据",
}

# Detail keys as labels; a key not listed is shown under its own name.
LABELS: dict[str, str] = {
    "service": "事项",
    "service_id": "事项",
    "missing": "缺材料（项）",
    "how": "方式",
    "changed": "改动",
    "results": "查到（条）",
    "rows": "行数",
    "count": "数量",
    "layout": "版式",
    "page": "纸张",
    "kind": "类型",
    "proxy": "代领",
    "storage_place": "存放位",
    "from_state": "原状态",
    "to_state": "新状态",
    "outcome": "结果",
    "promise": "承诺",
    "channel": "方式",
    "role": "角色",
    "reason": "原因",
    "attempts": "失败次数",
    "until": "锁定至",
    "due": "到期日",
    "answered": "查到",
    "automatic": "自动",
    "size": "大小（字节）",
    "cases": "办件数",
    "filter": "筛选条件",
    "offset": "起始行",
    "closed": "结转办件",
    "total": "共计",
    "booking_id": "预约号",
    "slot_id": "时段号",
    "capacity": "名额",
    "created": "生成",
    "records": "条数",
    "source_ref": "来源",
    "reset_by_other": "由他人重置",
    "was_disabled": "此前已停用",
    "rehashed": "密码重新加密",
    "text": "内容",
    "sha256": "文件校验值",
    "before": "原值",
    "after": "新值",
}

VALUES: dict[str, str] = {
    "print": "打印",
    "pdf": "另存PDF",
    "roll80": "80毫米小票",
    "a5": "A5",
    "sms": "短信",
    "phone": "电话",
    "counter": "窗口",
    "done": "办结",
    "accepted": "受理",
    "notice": "一次性告知",
    "refused": "不予受理",
    "not_done": "未办结",
    "in_progress": "办理中",
    "same_day": "当日办结",
    "limit": "限时办结",
    "none": "无",
    "wrong_password": "密码错误",
    "unknown_user": "无此账号",
    "locked": "账号已锁定",
    "disabled": "账号已停用",
    "clerk": "窗口民警",
    "supervisor": "负责人",
}


def action_phrase(action: str) -> str:
    """``card.accept`` → 受理身份证申请; an unknown code stays as it is."""
    return ACTIONS.get(action, action)


@cache
def _setting_words() -> dict[str, str]:
    """Setting keys and field names (``follow_ups``, ``await_materials_days``) in the registry's Chinese."""
    from counter_app.domain.settings_registry import REGISTRY  # the registry's models import much; only on use

    words = {spec.key: spec.words.zh for spec in REGISTRY}
    for spec in REGISTRY:
        words.update(spec.parts)
        words.update({f.name: f.words.zh for f in spec.fields})
    return words


def _value(key: str, value: Any, names: Mapping[str, str]) -> str:
    if isinstance(value, bool):
        return "是" if value else "否"
    if key == "changed" and isinstance(value, list | tuple):
        return "、".join(_setting_words().get(str(v), str(v)) for v in value) or "无"
    if isinstance(value, list | tuple):
        return "、".join(_value(key, v, names) for v in value) or "无"
    if isinstance(value, Mapping):  # a setting's old or new values, by field
        return "、".join(f"{_setting_words().get(k, k)} {_value(k, v, names)}" for k, v in value.items()) or "无"
    text = str(value)
    if key in ("service", "service_id"):
        return names.get(text, text)
    if key == "changed" and not text:
        return "无"
    return VALUES.get(text, names.get(text, text))


def detail_text(detail: Mapping[str, Any] | None, names: Mapping[str, str] | None = None) -> str:
    """``{"service": "birth_registration", "missing": 2}`` → 事项：出生登记；缺材料（项）：2.

    ``names`` turns codes into words (service ids into service names, card states into their labels).
    """
    names = names or {}
    return "；".join(f"{LABELS.get(key, key)}：{_value(key, value, names)}" for key, value in (detail or {}).items())


def target_text(action: str, target: str) -> str:
    """The object as a supervisor reads it: 办件 #12, 待办 #7, 2026-11 报表; numbers (受理号, 告知单号) as they are."""
    if target.startswith("case:"):
        return f"办件 #{target.removeprefix('case:')}"
    if target.startswith("daily:"):
        return f"{target.removeprefix('daily:')} 报表"
    if action.startswith("follow_up.") and target.isdigit():
        return f"待办 #{target}"
    if action == "settings.change":
        return _setting_words().get(target, target)
    return target
