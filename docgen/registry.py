"""Every block name the docs may use, and the function that renders it ("name" or "name:argument")."""
from __future__ import annotations

from collections.abc import Callable

from . import bench_blocks, command_blocks, data_blocks, heldout_blocks

RENDERERS: dict[str, Callable[[str | None], str]] = {
    "limits": data_blocks.limits_table,
    "limit": data_blocks.limit_value,
    "catalogue": data_blocks.catalogue_count,
    "catalogue-editions": data_blocks.catalogue_editions,
    "evidence-kinds": data_blocks.evidence_kinds,
    "evidence-kind-count": data_blocks.evidence_kind_count,
    "languages": data_blocks.languages_read,
    "language-codes": data_blocks.language_codes,
    "heldout": heldout_blocks.heldout_count,
    "heldout-scores": heldout_blocks.heldout_scores,
    "denmark-score": heldout_blocks.denmark_score,
    "denmark-flags": heldout_blocks.denmark_flags,
    "bench": bench_blocks.bench_table,
    "bench-figure": bench_blocks.bench_figure,
    "constant": data_blocks.code_constant,
    "default": data_blocks.default_argument,
    "language-samples": data_blocks.language_samples,
    "ci-commands": data_blocks.ci_commands,
    "commands": command_blocks.command_table,
    "usage": command_blocks.usage,
    "exit-codes": command_blocks.exit_codes,
}


class UnknownBlock(ValueError):
    """A marker naming a block no renderer knows."""


def render(name: str) -> str:
    """The content of block `name` ("limit:upload_files" passes "upload_files" to the limit renderer)."""
    base, _, arg = name.partition(":")
    if base not in RENDERERS:
        raise UnknownBlock(f"no generated block called {base!r} (known: {', '.join(sorted(RENDERERS))})")
    return RENDERERS[base](arg or None)


def block_list(_arg: str | None = None) -> str:
    """This table: every block name and what it holds."""
    from .tables import table
    rows = [[f"`{name}`", " ".join((fn.__doc__ or "").split())] for name, fn in RENDERERS.items()]
    return table(["block", "what it holds"], rows)


RENDERERS["blocks"] = block_list
