"""LabDesk: from sampled batch to signed report, for product-quality spot-check laboratories."""

__version__ = "0.1.0"
