"""The plan's exports for the regulator: summary table, e-CQS file, quality analysis, bound volume.

Data in (the frozen DTOs of :mod:`labdesk.reports.exports.data`), bytes out; no sessions, no Qt.
"""
