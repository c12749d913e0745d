"""Sampling use cases: directory, samplers, draws, assignment, field documents, intake link, confirmation."""
