"""Turns MSQ responses and official cross-country files into rows of the DuckDB store."""
