"""pandas on frames read from the store: coverage, filters, agreement between sources, exports."""
