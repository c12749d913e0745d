"""The reports area's world (plan, signatory certificate, approved samples) reused for the record checks."""

from tests.reports.conftest import test_pki, world  # noqa: F401  (fixtures)
