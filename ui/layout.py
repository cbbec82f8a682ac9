"""Page layout rules the theme cannot express: charts keep their designed width, the main column its width."""
from __future__ import annotations

import streamlit as st

# The figures are laid out in pixels for a canvas of about 1,100 px (figures.style.WIDTH): titles and source
# lines wrap at 85% of it and the left margin fits category labels up to 430 px. Squeezed into a phone's
# 360 px they kept no plot area and their text ran off the canvas, so a chart never gets narrower than
# CHART_MIN_PX: on a narrower screen it scrolls sideways inside its own box, at full size and readable.
CHART_MIN_PX = 1000
# On a wide screen Streamlit's "wide" layout pads the main column by 5rem a side: with the sidebar open a
# 1,400 px window left the charts 940 px, two thirds of the window, and clipped their axis titles.
WIDE_PADDING_REM = 1.5

CSS = f"""
<style>
[data-testid="stElementContainer"]:has(> [data-testid="stPlotlyChart"]),
[data-testid="stElementContainer"]:has(> div > [data-testid="stPlotlyChart"]) {{
  overflow-x: auto;
}}
[data-testid="stFullScreenFrame"]:has(> [data-testid="stPlotlyChart"]),
[data-testid="stPlotlyChart"] {{ min-width: {CHART_MIN_PX}px; }}
@media (min-width: 1200px) {{
  [data-testid="stMainBlockContainer"] {{
    padding-left: {WIDE_PADDING_REM}rem;
    padding-right: {WIDE_PADDING_REM}rem;
  }}
}}
</style>
"""


def apply() -> None:
    """Add the rules to the page (invisible: st.html of a style block draws nothing)."""
    st.html(CSS)
