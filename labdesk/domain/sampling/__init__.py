"""Sampling (抽样): the enterprise draw, sampler assignment and their conflict rules — pure Python."""
