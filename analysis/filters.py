"""The one definition of the dashboard's filters, shared by the pages and the export command."""
from __future__ import annotations

from dataclasses import dataclass, field, fields

import pandas as pd

from loaders.countries import un_members
from loaders.vocab import CURRENT_BASES

BASES_SHOWN = CURRENT_BASES  # what the answers on screen can have: marked, inferred, none, corrected


@dataclass(frozen=True)
class Filters:
    """What the user chose in the sidebar (or on the export command line). Empty tuple = no restriction."""

    edition: int | None = None
    regions: tuple[str, ...] = ()
    sub_regions: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()       # ISO3 codes
    bases: tuple[str, ...] = ()            # subset of marked / inferred / none
    include_synthetic: bool = True
    # Only the 193 UN Member States. The sidebar turns this on by default; False keeps every economy a
    # source covers (Taiwan, Hong Kong, Kosovo…), as scripts and exports have always seen them.
    members_only: bool = False
    section: str | None = None
    theme: str | None = None
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    def describe(self) -> str:
        """A short human line naming the active filters, for figure subtitles and citations."""
        parts = []
        if self.edition:
            parts.append(f"MSQ {self.edition}")
        if self.regions:
            parts.append(", ".join(self.regions))
        if self.sub_regions:
            parts.append(", ".join(self.sub_regions))
        if self.countries:
            shown = ", ".join(self.countries[:6]) + (" …" if len(self.countries) > 6 else "")
            parts.append(f"countries: {shown}")
        if self.section:
            parts.append(f"section {self.section}")
        if self.theme:
            parts.append(f"theme {self.theme}")
        if self.bases:
            parts.append("basis: " + "/".join(self.bases))
        parts.append("incl. synthetic demo data" if self.include_synthetic else "real responses only")
        if not self.members_only:
            parts.append("incl. economies that are not UN Member States")
        return " · ".join(parts)


def in_places(frame: pd.DataFrame, f: Filters) -> pd.Series:
    """Which rows lie in the sidebar's places: its regions, sub-regions and countries (True when none is chosen).

    The one definition of "where": the answers (apply), the countries a view lists (ui.data.world), the
    every-country grid (analysis.source_grid.universe) and the figures' "of N Member States" all use it.
    `frame` needs the columns region, sub_region and country_iso3.
    """
    mask = pd.Series(True, index=frame.index)
    if f.regions:
        mask &= frame["region"].isin(f.regions)
    if f.sub_regions:
        mask &= frame["sub_region"].isin(f.sub_regions)
    if f.countries:
        mask &= frame["country_iso3"].isin(f.countries)
    return mask


def places(frame: pd.DataFrame, f: Filters) -> pd.DataFrame:
    """The rows of `frame` in the filter's places (in_places), whatever else the frame holds."""
    return frame[in_places(frame, f)]


def apply(answers: pd.DataFrame, f: Filters) -> pd.DataFrame:
    """Rows of an answers frame (with region/sub_region columns) that pass the filters."""
    df = answers
    mask = in_places(df, f)
    if f.edition is not None:
        mask &= df["edition"] == f.edition
    if f.bases:
        mask &= df["basis"].isin(f.bases)
    if not f.include_synthetic:
        mask &= ~df["is_synthetic"].astype(bool)
    if f.members_only:
        mask &= df["country_iso3"].isin(set(un_members()))
    if f.section:
        mask &= df["section"] == f.section
    if f.theme:
        mask &= df["themes"].map(lambda t: f.theme in list(t))
    return df[mask]


def field_names() -> list[str]:
    return [x.name for x in fields(Filters) if x.name != "extra"]


def key(f: Filters) -> tuple:
    """The filters as a hashable tuple (every field but `extra`): the cache key of the pages' frames."""
    return tuple(getattr(f, name) for name in field_names())


def from_key(fkey: tuple) -> Filters:
    """The Filters a key() came from."""
    return Filters(**dict(zip(field_names(), fkey)))


def theme_rows(rows: pd.DataFrame, themes: tuple[str, ...] | list[str]) -> pd.DataFrame:
    """Rows that count toward any of `themes`, without the roll-up row of an items question."""
    wanted = set(themes)
    mask = rows["themes"].map(lambda t: bool(wanted & set(t))).astype(bool)  # bool even when empty
    out = rows[mask]
    if "answer_type" in out.columns:
        out = out[out["answer_type"] != "items"]
    else:  # without the catalogue columns: a question that has items is represented by its items
        has_items = set(out.loc[out["item"] != "", "question"])
        out = out[(out["item"] != "") | ~out["question"].isin(has_items)]
    return out
