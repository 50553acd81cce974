"""Pure bone-health logic: no Qt, no SQLAlchemy, only dataclasses and functions."""
