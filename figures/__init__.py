"""Plotly figure builders and the house style, shared by the dashboard pages and `python -m loaders figures`."""
