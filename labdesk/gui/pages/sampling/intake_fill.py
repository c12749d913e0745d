"""At the intake bench: a scanned 抽样单 (task number) fills the registration form from its task."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox

from labdesk.services.intake import RegistrationDraft


def _select(combo: QComboBox, data: Any) -> None:
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)


def fill_registration(form: Any, draft: RegistrationDraft) -> None:
    """Put the task's data in the intake page's registration form (the receptionist completes the rest)."""
    _select(form.planCombo, draft.plan_id)
    _select(form.productCombo, draft.plan_product_id)
    _select(form.domainCombo, draft.domain)
    for edit, value in ((form.formNoEdit, draft.form_no), (form.unitNameEdit, draft.unit_name),
                        (form.unitCreditEdit, draft.unit_credit_code), (form.unitAddressEdit, draft.unit_address),
                        (form.unitContactEdit, " ".join(x for x in (draft.unit_contact, draft.unit_phone) if x)),
                        (form.licenceNoEdit, draft.licence_no), (form.backupSealEdit, draft.backup_seal),
                        (form.remarksEdit, draft.remarks)):
        edit.setText(value)
    for combo, entry in zip((form.sampler1Combo, form.sampler2Combo), draft.samplers, strict=False):
        index = combo.findData(entry.user_id) if entry.user_id is not None else -1
        if index < 0:
            index = combo.findText(entry.name)
        if index >= 0:
            combo.setCurrentIndex(index)
        elif combo.isEditable():
            combo.setEditText(entry.name)
