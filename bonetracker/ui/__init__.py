"""Thin Qt layer: windows, forms, table models and charts that call services and render results."""
