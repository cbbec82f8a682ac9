"""Tests of the official cross-country files, the crosswalk and the evidence table."""
