"""办事指南 on the web: the counter's checklist and one-time notice, for a resident with no name given.

The notice is the very document the counter prints (same builder, same materials, fees and limits), marked as a
self-service copy: it has no number, names nobody, and nothing is written to the database when it is made.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from counter_app.domain.checklist import Checklist, evaluate
from counter_app.operations.context import AppContext
from counter_app.operations.guide.service_guide import Applicant, notice_document

SELF_SERVICE_MARK = "自助查询件（无编号）"
SELF_SERVICE_REMARK = (
    "本告知单由居民在派出所网站自助生成，仅供准备材料参考，不作为受理或告知凭证，未登记任何个人信息；"
    "材料以窗口审核为准。表中“缺”表示需要携带的材料。"
)


def web_checklist(ctx: AppContext, service_id: str, answers: dict[str, Any]) -> Checklist:
    """The checklist for the resident's answers (nothing brought yet); unknown service → KeyError."""
    return evaluate(ctx.catalog.get(service_id), answers)


def self_service_notice_pdf(ctx: AppContext, checklist: Checklist, page: str = "A4") -> bytes:
    """The one-time notice as a self-service copy: no number, no applicant, no clerk, nothing recorded."""
    from printing import build_notice_pdf

    document = notice_document(ctx, checklist, Applicant(name="（自助查询，未填写）"), SELF_SERVICE_MARK)
    document = replace(document, clerk_name="网站自助", remarks=SELF_SERVICE_REMARK)
    return build_notice_pdf(document, page=page)
