"""The judging engine: rule catalogue, replicate resolution and verdicts (issue 3)."""
