"""Every service's notice on A4 and A5: the signature block never stands alone on the last page."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from counter_app.domain.catalog import load_catalog
from counter_app.domain.checklist import evaluate
from counter_app.operations.guide.service_guide import Applicant, notice_document
from printing import build_notice_pdf
from tests.operations.contexts import clocked_context
from tests.printing.printing_samples import squash

CATALOG = load_catalog()
STATEMENT = "依据《中华人民共和国行政许可法》第三十二条"  # the first line of the closing (signature) block


@pytest.fixture(scope="module")
def ctx(tmp_path_factory):
    from datetime import datetime

    return clocked_context(f"sqlite:///{tmp_path_factory.mktemp('layout')}/l.db", datetime(2026, 11, 23, 10, 0))


def _longest(service):
    """The answers that list the most materials: the longest notice this service can print."""
    from tests.domain.test_checklist_consistency import combinations

    return max(combinations(service), key=lambda answers: len(evaluate(service, answers).applicable), default={})


@pytest.mark.parametrize("page", ["A4", "A5"])
@pytest.mark.parametrize("service", CATALOG.ordered(), ids=lambda s: s.id)
def test_signature_block_is_kept_with_the_last_table(service, page, ctx) -> None:
    for answers in ({}, _longest(service)):
        checklist = evaluate(service, answers)
        document = notice_document(ctx, checklist, Applicant("欧阳晓明", "11010519491231002X", "13812345678"),
                                   "GZ202611230001")
        pages = PdfReader(io.BytesIO(build_notice_pdf(document, page=page))).pages
        last = squash(pages[-1].extract_text())
        assert not last.startswith(squash(STATEMENT)), f"{service.id} {page}: the last page holds only the signature"
        if squash(STATEMENT) not in last:  # (extracting text is most of this test's time: the others only now)
            assert squash(STATEMENT) in squash("".join(p.extract_text() for p in pages))
