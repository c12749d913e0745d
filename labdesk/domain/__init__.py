"""Pure-Python domain: numbers, judging rules, workflow states, permissions.

Nothing here imports Qt, SQLAlchemy, reportlab or OpenCV (checked by import-linter).
"""
