"""Sampling field documents (one task's pack) and the 随机抽取记录, as Chinese PDFs."""
