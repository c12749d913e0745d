"""Quality-system rules (pure): equipment status, control criteria, Levey–Jennings limits, Westgard rules."""
