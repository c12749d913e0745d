"""Signing outside the signatory's 授权签字领域 is refused by the signing service; the report's basis
section lists the main equipment the results used (setting report.list_equipment)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from labdesk.persistence.models import ItemEquipment, Setting, TestItem
from labdesk.services import reports
from labdesk.services.quality import authorisations, equipment
from labdesk.services.quality.authorisations import NotAuthorised
from tests.reports.conftest import PASSPHRASE, PASSWORD, test_pki, world  # noqa: F401


def test_signing_outside_scope_is_refused(world) -> None:  # noqa: F811
    ctx, qm, signer = world.ctx, world.actors["quality_manager"], world.actors["signatory"]
    sample_id = world.sample()
    authorisations.grant(ctx, qm, user_id=signer.user_id, kind="sign", scopes=["coke"],
                         valid_from=dt.date(2021, 1, 1), valid_to=None, record_ref="QZ-1")
    with pytest.raises(NotAuthorised, match="授权签字领域"):
        reports.sign_report(ctx, signer, sample_id, password=PASSWORD, passphrase=PASSPHRASE)
    assert reports.list_reports(ctx, signer, sample_id=sample_id) == []
    authorisations.grant(ctx, qm, user_id=signer.user_id, kind="sign", scopes=["power_coal"],
                         valid_from=dt.date(2021, 1, 1), valid_to=None, record_ref="QZ-2")
    info = reports.sign_report(ctx, signer, sample_id, password=PASSWORD, passphrase=PASSPHRASE)
    assert info.sample_id == sample_id


def _text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "r.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_basis_lists_main_equipment(world, tmp_path: Path, sqlite_only) -> None:  # noqa: F811
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext not installed")
    ctx, qm, signer = world.ctx, world.actors["quality_manager"], world.actors["signatory"]
    sample_id = world.sample()
    info = equipment.register(ctx, qm, asset_no="SB-03", name="恒温式量热仪", model="5E-C5508")
    with ctx.uow() as uow:
        item = uow.session.scalar(select(TestItem).where(TestItem.sample_id == sample_id,
                                                         TestItem.item_code == "Qb,ad"))
        assert item is not None
        uow.session.add(ItemEquipment(test_item_id=item.id, equipment_id=info.id))
        uow.commit()
    text = _text(reports.preview_report(ctx, signer, sample_id), tmp_path)
    assert "主要仪器设备" in text and "SB-03" in text
    with ctx.uow() as uow:
        uow.session.add(Setting(key="report.list_equipment", value=False))
        uow.commit()
    assert "主要仪器设备" not in _text(reports.preview_report(ctx, signer, sample_id), tmp_path)
