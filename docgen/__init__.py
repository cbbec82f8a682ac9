"""Numbers the code can produce, written into the docs' marked blocks: `python -m docgen [--check]`."""
