"""The English translation is complete, keeps placeholders, compiles and covers every GUI string."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
TS = TRANSLATIONS / "labdesk_en.ts"
PLACEHOLDER = re.compile(r"%L?\d+|%n|\{\d+\}")


def messages(ts: Path) -> list[tuple[str, ET.Element]]:
    return [(context.findtext("name") or "", message)
            for context in ET.parse(ts).getroot().iter("context") for message in context.iter("message")]


def translation_texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def accelerator(text: str) -> bool:
    return re.search(r"&\S", text.replace("&&", "")) is not None


def test_every_entry_is_translated_with_the_source_placeholders() -> None:
    entries = messages(TS)
    assert len(entries) > 800
    problems = []
    for context, message in entries:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        where = f"{context}: {source!r}"
        if translation.get("type") in {"unfinished", "obsolete", "vanished"}:
            problems.append(f"{where} is {translation.get('type')}")
        for text in translation_texts(message):
            if not text.strip():
                problems.append(f"{where} has an empty translation")
            elif sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{where}: placeholders of {text!r} differ")
            elif accelerator(source) != accelerator(text) or text.replace("&&", "").count("&") > 1:
                problems.append(f"{where}: accelerator of {text!r} differs")
            elif ("<b>" in source) != ("<b>" in text) or ("<br>" in source) != ("<br>" in text):
                problems.append(f"{where}: HTML of {text!r} differs")
    assert not problems, "\n".join(problems)


def test_compiled_qm_translates_known_strings(qapp: QApplication) -> None:
    qm = TRANSLATIONS / "labdesk_en.qm"
    assert qm.is_file(), "run pyside6-lrelease and commit labdesk_en.qm"
    translator = QTranslator()
    assert translator.load("labdesk_en", str(TRANSLATIONS))
    expected = {
        ("nav", "工作台"): "Workbench",
        ("nav", "样品接收"): "Sample receipt",
        ("nav", "检验录入"): "Test entry",
        ("nav", "结果审核"): "Result review",
        ("nav", "报告签发"): "Report signing",
        ("nav", "系统管理"): "System administration",
        ("MainWindow", "文件(&F)"): "&File",
        ("LoginDialog", "登录"): "Log in",
        ("LoginDialog", "用户名(&U)"): "&User name",
    }
    for (context, source), english in expected.items():
        assert translator.translate(context, source) == english, (context, source)
    assert translator.translate("ResultGrid", "接受（%n 次平均）", None, 3) == "Accepted (mean of %n)"


def test_qm_is_compiled_from_the_current_ts(tmp_path: Path) -> None:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed next to the interpreter")
    fresh = tmp_path / "labdesk_en.qm"
    subprocess.run([str(lrelease), str(TS), "-qm", str(fresh)], check=True, capture_output=True, timeout=60)
    assert fresh.read_bytes() == (TRANSLATIONS / "labdesk_en.qm").read_bytes(), \
        "labdesk_en.qm is stale: re-run pyside6-lrelease"


def test_every_gui_string_is_in_the_ts(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists() and shutil.which("pyside6-lupdate") is None:
        pytest.skip("pyside6-lupdate is not installed")
    sources = sorted(str(p.relative_to(ROOT)) for folder in ("labdesk/gui", "ui")
                     for p in (ROOT / folder).rglob("*") if p.suffix in {".py", ".ui"})
    fresh = tmp_path / "fresh.ts"
    try:
        subprocess.run([str(lupdate) if lupdate.exists() else "pyside6-lupdate", "-source-language", "zh_CN",
                        "-target-language", "en", *sources, "-ts", str(fresh)],
                       cwd=ROOT, check=True, capture_output=True, timeout=30)
    except subprocess.TimeoutExpired:
        pytest.skip("pyside6-lupdate took more than 30 s")
    wanted = {(context, m.findtext("source")) for context, m in messages(fresh)}
    have = {(context, m.findtext("source")) for context, m in messages(TS)}
    assert len(wanted) > 800
    assert not wanted - have, f"strings missing from labdesk_en.ts (re-run lupdate): {sorted(wanted - have)}"
    assert not have - wanted, f"obsolete strings in labdesk_en.ts (lupdate -no-obsolete): {sorted(have - wanted)}"


def test_install_translations_loads_english_for_en(qapp: QApplication) -> None:
    from PySide6.QtCore import QCoreApplication, QLocale

    from labdesk.gui.application import install_translations

    before = QLocale()
    installed = install_translations(qapp, "en")
    try:
        assert installed, "no translator installed for en"
        assert QCoreApplication.translate("nav", "报告签发") == "Report signing"
        assert QCoreApplication.translate("MainWindow", "帮助(&H)") == "&Help"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)
    assert QCoreApplication.translate("nav", "报告签发") == "报告签发"
