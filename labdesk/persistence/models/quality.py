"""Quality system (issue 16): equipment, authorisations, reference materials, runs, nonconformities,
sample storage and environment records.  Table names start with ``qs_``."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from labdesk.persistence.base import Base, Versioned, utcnow


class Equipment(Versioned, Base):
    """An instrument or device that affects results (仪器设备台账)."""

    __tablename__ = "qs_equipment"

    id: Mapped[int] = mapped_column(primary_key=True)
    asset_no: Mapped[str] = mapped_column(String(50), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    model: Mapped[str] = mapped_column(String(100), default="")
    serial_no: Mapped[str] = mapped_column(String(100), default="")
    location: Mapped[str] = mapped_column(String(100), default="")
    items: Mapped[list[Any]] = mapped_column(default=list)  # item codes it serves
    mapping_id: Mapped[int | None] = mapped_column(ForeignKey("instrument_mappings.id"))
    main: Mapped[bool] = mapped_column(default=True)  # listed on the report's basis section
    out_of_service: Mapped[bool] = mapped_column(default=False)  # taken out of service (fault)
    out_of_service_reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class EquipmentCheck(Base):
    """A metrological confirmation record: 检定 / 校准 / 期间核查."""

    __tablename__ = "qs_equipment_checks"

    id: Mapped[int] = mapped_column(primary_key=True)
    equipment_id: Mapped[int] = mapped_column(ForeignKey("qs_equipment.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # verification | calibration | intermediate
    performed_on: Mapped[dt.date]
    certificate_no: Mapped[str] = mapped_column(String(100), default="")
    body: Mapped[str] = mapped_column(String(200), default="")
    outcome: Mapped[str] = mapped_column(String(20))  # pass | restricted | fail
    next_due: Mapped[dt.date | None]
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class ItemEquipment(Base):
    """The equipment named for one test item of a sample."""

    __tablename__ = "qs_item_equipment"

    test_item_id: Mapped[int] = mapped_column(ForeignKey("test_items.id", ondelete="CASCADE"), primary_key=True)
    equipment_id: Mapped[int] = mapped_column(ForeignKey("qs_equipment.id"), primary_key=True)


class DeterminationRecord(Base):
    """What the quality system knows of one determination: equipment used, run, environment flag."""

    __tablename__ = "qs_determination_records"

    id: Mapped[int] = mapped_column(primary_key=True)
    determination_id: Mapped[int] = mapped_column(ForeignKey("determinations.id", ondelete="CASCADE"), index=True)
    sample_id: Mapped[int] = mapped_column(ForeignKey("samples.id", ondelete="CASCADE"), index=True)
    item_code: Mapped[str] = mapped_column(String(32))
    equipment_id: Mapped[int | None] = mapped_column(ForeignKey("qs_equipment.id"), index=True)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("qs_runs.id"), index=True)
    environment_flag: Mapped[str] = mapped_column(Text, default="")
    environment_reason: Mapped[str] = mapped_column(Text, default="")
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Authorisation(Versioned, Base):
    """上岗授权 (kind "test": scope = item code) or 授权签字领域 (kind "sign": scope = product code)."""

    __tablename__ = "qs_authorisations"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    scope: Mapped[str] = mapped_column(String(64))
    method: Mapped[str] = mapped_column(String(200), default="")
    valid_from: Mapped[dt.date]
    valid_to: Mapped[dt.date | None]
    record_ref: Mapped[str] = mapped_column(String(200))
    authorised_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    revoked: Mapped[bool] = mapped_column(default=False)
    revoke_reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class ReferenceMaterial(Versioned, Base):
    """A certified reference material (GBW ...) or an in-house control sample."""

    __tablename__ = "qs_reference_materials"
    __table_args__ = (UniqueConstraint("code", "lot"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(50))
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(10), default="crm")  # crm | inhouse
    lot: Mapped[str] = mapped_column(String(50), default="")
    certified: Mapped[dict[str, Any]] = mapped_column(default=dict)  # item -> {"value": str, "u": str}
    allowance: Mapped[dict[str, Any]] = mapped_column(default=dict)  # item -> str (lab allowance; default U)
    expires_on: Mapped[dt.date | None]
    opened_on: Mapped[dt.date | None]
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class QcRun(Versioned, Base):
    """A run (工作单): samples of one item on one instrument, with control positions."""

    __tablename__ = "qs_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    run_no: Mapped[str] = mapped_column(String(40), unique=True)
    item_code: Mapped[str] = mapped_column(String(32))
    method: Mapped[str] = mapped_column(String(200), default="")
    equipment_id: Mapped[int | None] = mapped_column(ForeignKey("qs_equipment.id"))
    state: Mapped[str] = mapped_column(String(20), default="open")  # open | in_control | failed | accepted | redo
    decision_reason: Mapped[str] = mapped_column(Text, default="")
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[dt.datetime | None]
    redo_of: Mapped[int | None] = mapped_column(ForeignKey("qs_runs.id"))
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class QcRunPosition(Base):
    """One position of a run: a sample, a reference material, a blank or a duplicate."""

    __tablename__ = "qs_run_positions"

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("qs_runs.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    kind: Mapped[str] = mapped_column(String(12))  # sample | reference | blank | duplicate
    sample_id: Mapped[int | None] = mapped_column(ForeignKey("samples.id"))
    material_id: Mapped[int | None] = mapped_column(ForeignKey("qs_reference_materials.id"))
    code: Mapped[str] = mapped_column(String(40))  # what the run sheet prints (blind code, QC code)
    value_text: Mapped[str | None] = mapped_column(String(40))
    outcome: Mapped[str | None] = mapped_column(String(10))  # pass | fail (reference positions)
    entered_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    entered_at: Mapped[dt.datetime | None]


class Nonconformity(Versioned, Base):
    """不符合工作: opened automatically or by hand, closed by the quality manager."""

    __tablename__ = "qs_nonconformities"

    id: Mapped[int] = mapped_column(primary_key=True)
    nc_no: Mapped[str] = mapped_column(String(40), unique=True)
    source: Mapped[str] = mapped_column(String(20))  # control | westgard | equipment | environment | manual
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    refs: Mapped[dict[str, Any]] = mapped_column(default=dict)
    cause: Mapped[str] = mapped_column(Text, default="")
    correction: Mapped[str] = mapped_column(Text, default="")
    corrective_action: Mapped[str] = mapped_column(Text, default="")
    verification: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(10), default="open")  # open | closed
    opened_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    opened_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    closed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    closed_at: Mapped[dt.datetime | None]


class StorageLocation(Base):
    """Room / cabinet / shelf / box."""

    __tablename__ = "qs_storage_locations"
    __table_args__ = (UniqueConstraint("room", "cabinet", "shelf", "box"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    room: Mapped[str] = mapped_column(String(50))
    cabinet: Mapped[str] = mapped_column(String(50), default="")
    shelf: Mapped[str] = mapped_column(String(50), default="")
    box: Mapped[str] = mapped_column(String(50), default="")


class PortionStorage(Versioned, Base):
    """Where a portion lives, and who has it out."""

    __tablename__ = "qs_portion_storage"

    portion_id: Mapped[int] = mapped_column(ForeignKey("portions.id", ondelete="CASCADE"), primary_key=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("qs_storage_locations.id"))
    checked_out_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    checked_out_at: Mapped[dt.datetime | None]
    purpose: Mapped[str] = mapped_column(Text, default="")


class CustodyEvent(Base):
    """Chain of custody: store, check-out, check-in, move."""

    __tablename__ = "qs_custody_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    portion_id: Mapped[int] = mapped_column(ForeignKey("portions.id", ondelete="CASCADE"), index=True)
    action: Mapped[str] = mapped_column(String(10))  # store | out | in | move
    location_id: Mapped[int | None] = mapped_column(ForeignKey("qs_storage_locations.id"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    note: Mapped[str] = mapped_column(Text, default="")


class EnvironmentReading(Base):
    """Temperature / humidity of a room at a time (typed or imported)."""

    __tablename__ = "qs_environment_readings"

    id: Mapped[int] = mapped_column(primary_key=True)
    room: Mapped[str] = mapped_column(String(50), index=True)
    at: Mapped[dt.datetime]
    temperature: Mapped[str] = mapped_column(String(20))
    humidity: Mapped[str] = mapped_column(String(20), default="")
    source: Mapped[str] = mapped_column(String(10), default="manual")
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class EnvironmentRequirement(Base):
    """The room and range an item's method requires (e.g. Qgr: calorimeter room 15–30 °C)."""

    __tablename__ = "qs_environment_requirements"

    item_code: Mapped[str] = mapped_column(String(32), primary_key=True)
    room: Mapped[str] = mapped_column(String(50))
    t_min: Mapped[str | None] = mapped_column(String(20))
    t_max: Mapped[str | None] = mapped_column(String(20))
    rh_max: Mapped[str | None] = mapped_column(String(20))
