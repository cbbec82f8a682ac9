"""The command line: one module per command, the top layer (imports loaders, synthetic, analysis, figures)."""
