"""The generic judging-context rows of the intake form (pytest-qt)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from labdesk.domain.judging.catalogue import load_catalogue
from labdesk.gui.widgets.context_fields import ContextFields
from labdesk.services.intake_context import form_for

CAT = load_catalogue()


def test_rows_follow_the_rule_set_with_labels_and_units(qtbot: QtBot) -> None:
    panel = ContextFields()
    qtbot.addWidget(panel)
    panel.set_form(form_for(CAT.ruleset("towels").to_dict(), True))
    labels = [w.text() for w in panel.findChildren(QLabel)]
    assert "安全技术类别（GB 18401）" in labels and "标注纤维含量" in labels
    combo = panel.widget("safety_category")
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "—", "A类（婴幼儿用品）", "B类（直接接触皮肤）", "C类（非直接接触皮肤）"]
    combo.setCurrentIndex(2)
    fibre = panel.widget("fibre")
    assert isinstance(fibre, QLineEdit)
    fibre.insert("棉 ")  # QTest cannot type CJK characters
    qtbot.keyClicks(fibre, "100%")
    elderly = [b for b in panel.findChildren(QCheckBox) if "老年用品" in b.text()]
    assert len(elderly) == 1
    elderly[0].setChecked(True)
    assert panel.context() == {"safety_category": "B", "quality_grade": "", "elderly": True}
    assert panel.declared() == {"fibre": "棉 100%"}

    panel.set_form(form_for(CAT.ruleset("wire_rope").to_dict()))
    diameter = panel.widget("diameter_mm")
    assert isinstance(diameter, QLineEdit)
    assert "mm" in [w.text() for w in panel.findChildren(QLabel)]
    qtbot.keyClicks(diameter, "1x2.5")  # the letter is refused by the validator
    assert diameter.text() == "12.5"
    assert panel.context()["diameter_mm"] == "12.5" and "elderly" not in panel.context()
    panel.clear_values()
    assert panel.context()["diameter_mm"] == ""


def test_coal_keys_stay_with_the_page_and_a_product_without_rules_hides_the_rows(qtbot: QtBot) -> None:
    panel = ContextFields()
    qtbot.addWidget(panel)
    panel.set_form(form_for(CAT.ruleset("power_coal").to_dict()))
    assert panel.widget("coal_rank") is None and panel.widget("transport_km") is None
    panel.set_form(None)
    assert panel.context() == {} and not panel.isVisibleTo(panel.parentWidget() or panel)
