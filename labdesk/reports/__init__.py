"""PDF and label rendering (reportlab, python-barcode) and PDF signing (pyHanko).

Renderers take plain data and return bytes; they know nothing of sessions or Qt.
"""
