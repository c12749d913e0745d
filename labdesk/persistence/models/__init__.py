"""All mapped tables.  Import this package to register every model on ``Base.metadata``.

One module per area; each area's owner keeps its module.  After changing a model,
run ``python -m labdesk.persistence.autogen`` to regenerate the initial migration
(LabDesk has not shipped a database yet, so the schema is one revision).
"""

from labdesk.persistence.base import Base
from labdesk.persistence.models.core import AuditEvent, Counter, Setting, User, UserCredential, UserRole
from labdesk.persistence.models.corrections import SampleCorrection
from labdesk.persistence.models.integrity import ChainHead
from labdesk.persistence.models.logistics import Delivery, Disposition, Holiday, Objection, Refusal
from labdesk.persistence.models.plans import Enterprise, Plan, PlanProduct, PlanQuota, RuleSetRevision
from labdesk.persistence.models.quality import (
    Authorisation,
    CustodyEvent,
    DeterminationRecord,
    EnvironmentReading,
    EnvironmentRequirement,
    Equipment,
    EquipmentCheck,
    ItemEquipment,
    Nonconformity,
    PortionStorage,
    QcRun,
    QcRunPosition,
    ReferenceMaterial,
    StorageLocation,
)
from labdesk.persistence.models.reports import Notice, Report
from labdesk.persistence.models.samples import Photo, Portion, Sample, SampleSampler
from labdesk.persistence.models.sampling import (
    DirectoryEntry,
    Draw,
    SampleConfirmation,
    SamplerProfile,
    SamplingTask,
    TaskSampler,
)
from labdesk.persistence.models.testing import (
    Determination,
    InstrumentImport,
    InstrumentMapping,
    ReviewAction,
    SampleEvaluation,
    TestItem,
    VerdictAcknowledgement,
)

__all__ = [
    "AuditEvent", "Base", "ChainHead", "Counter", "Delivery", "Determination", "Disposition", "Enterprise", "Holiday",
    "InstrumentImport", "InstrumentMapping", "Notice", "Objection", "Photo", "Plan", "PlanProduct",
    "PlanQuota", "Portion", "Refusal", "Report", "ReviewAction", "RuleSetRevision", "Sample", "SampleCorrection",
    "SampleEvaluation", "SampleSampler", "Setting", "TestItem", "User", "UserCredential", "UserRole",
    "VerdictAcknowledgement",
    # quality system (issue 16)
    "Authorisation", "CustodyEvent", "DeterminationRecord", "EnvironmentReading", "EnvironmentRequirement",
    "Equipment", "EquipmentCheck", "ItemEquipment", "Nonconformity", "PortionStorage", "QcRun",
    "QcRunPosition", "ReferenceMaterial", "StorageLocation",
    "DirectoryEntry", "Draw", "SampleConfirmation", "SamplerProfile", "SamplingTask", "TaskSampler",
]
