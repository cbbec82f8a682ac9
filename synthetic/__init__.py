"""Seeded synthetic MSQ responses (demo corpus): one ground truth, rendered as text, with sidecars."""
from .response import Cell, SyntheticResponse, links_in, make_response, sidecar, truth
from .text_layout import render_text

__all__ = ["Cell", "SyntheticResponse", "links_in", "make_response", "render_text", "sidecar", "truth"]
