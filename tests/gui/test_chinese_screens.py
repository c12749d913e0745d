"""Issue 13 item 8: Chinese audit names, Qt's own zh_CN dialogs, file dialogs starting in documents."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from labdesk.gui import files
from labdesk.gui.application import install_translations
from labdesk.services.audit_names import ACTIONS, action_name, entity_name, readable_details


def test_audit_actions_have_chinese_names() -> None:
    assert action_name("user.login") == "登录"
    assert action_name("review.approved") == "审核通过"
    assert action_name("testing.something_new") == "检验：其他操作"  # never the raw code
    assert action_name("zzz.unknown") == "其他操作"
    assert all("." not in name and "_" not in name for name in ACTIONS.values())
    assert entity_name("sample") == "样品" and entity_name("no_such") == "对象"


def test_audit_details_are_readable() -> None:
    text = readable_details({"old": "8.5", "new": "8.6", "sample_id": 12, "seal_ok": True, "items": ["Mt", "Aad"]})
    assert text == "原值：8.5；新值：8.6；封条完好：是；项目：Mt、Aad"
    assert "{" not in text and "sample_id" not in text
    assert readable_details({"kind": "form", "product": "power_coal", "sample_no": "2021DL0005"}) == \
        "样品编号：2021DL0005"  # internal codes are left out (the action code stays in the tooltip)
    assert readable_details({"after": ["quality_manager", "tester"]}) == "修改后：质量负责人、检验员"


def test_qt_dialogs_are_chinese(qapp: QApplication) -> None:
    installed = install_translations(qapp, "zh_CN")
    try:
        assert installed, "qtbase_zh_CN.qm not found"
        assert QCoreApplication.translate("QFileDialog", "Look in:") != "Look in:"
        assert QCoreApplication.translate("QFileDialog", "Files of type:") != "Files of type:"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


@pytest.fixture
def clean_settings(tmp_path: Path):  # type: ignore[no-untyped-def]
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    files.settings().remove(files.KEY)
    yield tmp_path
    files.settings().remove(files.KEY)


def test_file_dialogs_start_in_documents_then_remember(qapp: QApplication, clean_settings: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    picked = clean_settings / "exports" / "报告.pdf"
    picked.parent.mkdir()

    def fake(_parent: object, _caption: str, directory: str, _filter: str = "") -> tuple[str, str]:
        seen.append(directory)
        return str(picked), ""

    monkeypatch.setattr(files.QFileDialog, "getSaveFileName", fake)
    monkeypatch.setattr(files.QFileDialog, "getOpenFileName", fake)
    documents = files.start_folder()
    assert Path(documents).is_dir()
    files.get_save_file_name(None, "保存", "报告.pdf", "PDF (*.pdf)")
    assert seen[-1] == str(Path(documents) / "报告.pdf")
    files.get_open_file_name(None, "打开", "", "PDF (*.pdf)")
    assert seen[-1] == str(picked.parent)  # the folder used last


def test_rule_conditions_and_sources_in_chinese() -> None:
    from labdesk.domain.judging.schema import Condition
    from labdesk.services.rulesets import condition_zh, public_text

    assert public_text("GB 18401-2010 表1（A类 ≤20 mg/kg；plan2-standards.md §1.1，M [P6][P7][P8]）") == \
        "GB 18401-2010 表1（A类 ≤20 mg/kg）"
    assert public_text("GB/T 1996-2017 表1（domain.md §6.1，H）") == "GB/T 1996-2017 表1"
    assert "domain.md" not in public_text("domain.md 未给出氢的精密度")
    ruleset = _power_coal()
    assert condition_zh(ruleset, Condition("coal_rank", "eq", "lignite")) == "煤种为褐煤"


def _power_coal():  # type: ignore[no-untyped-def]
    from labdesk.domain.judging.catalogue import load_catalogue

    return load_catalogue().ruleset("power_coal")
