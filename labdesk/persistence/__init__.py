"""SQLAlchemy 2 persistence: typed models, engine set-up, migrations and the unit of work."""
