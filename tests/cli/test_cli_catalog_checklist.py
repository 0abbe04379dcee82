"""The counter-app command: catalog check on broken files, checklist output and the notice it writes."""

from __future__ import annotations

import io
import json
import shutil

from pypdf import PdfReader

from counter_app.cli.main import main
from counter_app.domain.catalog import bundled_forms_dir


def _forms_copy(tmp_path):
    target = tmp_path / "forms"
    shutil.copytree(bundled_forms_dir(), target, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return target


def test_catalog_check_names_file_line_field_and_problem(tmp_path, capsys):
    forms = _forms_copy(tmp_path)
    broken = forms / "birth_registration.yaml"
    lines = broken.read_text(encoding="utf-8").splitlines()
    index = next(i for i, line in enumerate(lines) if line.startswith("on_the_spot:"))
    lines[index] = "on_the_spot: perhaps"
    broken.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (forms / "zz_bad_yaml.yaml").write_text("id: x\nname: [unclosed\n", encoding="utf-8")

    assert main(["catalog", "check", str(forms)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert f"birth_registration.yaml:{index + 1}: on_the_spot: " in "\n".join(out)
    assert any(line.startswith("zz_bad_yaml.yaml:") and "not valid YAML" in line for line in out)


def test_catalog_check_of_bundled_forms_is_clean(capsys):
    assert main(["catalog", "check"]) == 0


def test_broken_file_does_not_stop_the_others(tmp_path):
    from counter_app.domain.catalog import load_catalog

    forms = _forms_copy(tmp_path)
    (forms / "id_card_first.yaml").write_text("::: not yaml", encoding="utf-8")
    catalog = load_catalog(forms)
    assert "id_card_first" not in catalog.services
    assert len(catalog.services) >= 24
    assert {p.file for p in catalog.problems} == {"id_card_first.yaml"}


def test_checklist_json_and_notice_pdf(tmp_path, capsys):
    out_pdf = tmp_path / "notice.pdf"
    code = main([
        "checklist", "birth_registration", "--answer", "married=false", "--have", "birth_medical_certificate",
        "--id-number", "11010519491231002X", "--json", "--notice", str(out_pdf), "--name", "张小明",
        "--phone", "13812345678", "--page", "A5",
    ])
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert data["complete"] is False
    assert "unmarried_declaration" in data["missing"]
    assert "birth_medical_certificate" not in data["missing"]
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(out_pdf.read_bytes())).pages)
    for item in data["applicable"]:
        if item["id"] in data["missing"]:
            assert item["name"].replace(" ", "") in text.replace(" ", "").replace("\n", "")
    assert data["notice"]["number"] in text


def test_checklist_refuses_unknown_answer_with_a_message(capsys):
    assert main(["checklist", "birth_registration", "--answer", "married=maybe"]) == 2
    assert "maybe" in capsys.readouterr().err
    assert main(["checklist", "no_such_service"]) == 2
    assert "no_such_service" in capsys.readouterr().err


def test_checklist_reports_invalid_id_number_reason(capsys):
    assert main(["checklist", "id_card_first", "--id-number", "110105194912310021"]) == 2
    assert "X" in capsys.readouterr().err


def _embeddable(path):
    from printing import fonts

    try:
        fonts._load(path)
    except Exception:  # noqa: BLE001 - any reason a font cannot serve (Droid Sans Fallback lacks digits)
        return False
    return True


def test_configured_font_is_used_for_the_notice(tmp_path, monkeypatch):
    import printing
    from printing import fonts  # a submodule is an attribute of the lazy package only once it is imported

    font = next((path for path in sorted(fonts.fontconfig_candidates()) if _embeddable(path)), None)
    if font is None:
        import pytest

        pytest.skip("no TrueType Chinese font known to fontconfig")
    out_pdf = tmp_path / "n.pdf"
    monkeypatch.delenv("COUNTER_APP_FONT", raising=False)
    assert main(["--font", str(font), "checklist", "id_card_first", "--notice", str(out_pdf), "--name", "李四"]) == 0
    assert printing.font_path_in_use() == font
    assert "李四" in PdfReader(io.BytesIO(out_pdf.read_bytes())).pages[0].extract_text()


def test_checklist_gives_the_cards_validity_in_json_and_text(capsys):
    from stdnum.cn import ric

    number = "11010520000615001" + ric.calc_check_digit("110105200006150010")  # 26 to 45 until June 2045
    assert main(["checklist", "id_card_renewal", "--id-number", number, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["validity"] == "20年"
    assert main(["checklist", "id_card_renewal", "--id-number", number]) == 0
    assert f"证件有效期限：{data['validity']}" in capsys.readouterr().out
    assert main(["checklist", "birth_registration", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["validity"] is None
