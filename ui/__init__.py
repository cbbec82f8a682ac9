"""Streamlit-side helpers of the dashboard: cached data access, the shared sidebar, shared page parts."""
