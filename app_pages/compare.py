"""Compare: two to six countries side by side, question by question, with differences highlighted."""
import streamlit as st

from ui import components, data, filters, tables

f = filters.current()
# With two or more countries picked in the sidebar, compare among those; otherwise among all that pass the
# other filters (one sidebar country alone cannot be compared with anything).
pool = data.filtered(f if len(f.countries) >= 2 else filters.with_page(f, countries=()))
st.title("Compare countries")
st.caption("Two to six countries side by side, question by question. Rows where the answers differ are "
           "marked ≠ and highlighted.")
components.self_report_banner()
if pool.empty:
    components.empty_state(filters.why_empty(filters.with_page(f, countries=())))
    st.stop()

listed = pool.drop_duplicates("country_iso3").sort_values("country_name")
names = dict(zip(listed["country_iso3"], listed["country_name"]))
options = list(listed["country_iso3"])
# Default: real responses first, then the alphabetical rest.
default = list(listed.sort_values(["is_synthetic", "country_name"])["country_iso3"])[:3]
filters.accept_codes("compare", options, multi=True, names=names)
picked = st.multiselect("Countries (2 to 6)", options, max_selections=6,
                        default=filters.default_unless_kept("compare", options, default, minimum=2),
                        format_func=lambda c: filters.country_label(c, names), key="compare", bind="query-params")
if len(picked) < 2:
    components.empty_state("Pick at least two countries to compare" + (
        "." if len(options) >= 2 else " — only one country matches the sidebar filters; widen them."))
    st.stop()
rows = pool[pool["country_iso3"].isin(picked) & (pool["answer_type"] != "items")]
components.synthetic_banner(rows)

sections = rows.drop_duplicates("section").sort_values("section")
titles = dict(zip(sections["section"], sections["section_title"]))
c1, c2 = st.columns([3, 1])
section = c1.selectbox("Section", ["(all sections)"] + list(titles), key="cmp_section", bind="query-params",
                       format_func=lambda s: s if s.startswith("(") else f"{s} · {titles[s]}")
only_diff = c2.toggle("Only differences", value=False, key="cmp_diff", bind="query-params")
if section != "(all sections)":
    rows = rows[rows["section"] == section]

table = tables.compare_table(rows, picked)
n_diff = int((table["differs"] != "").sum())
st.markdown(f"**{n_diff} of {len(table)} questions** get different answers from these countries "
            "(✓ yes, ✗ no, ? unknown; * inferred from the written answer; ✎ corrected by an analyst; ⚑ flagged as "
            "doubtful; † synthetic demo country).")
if only_diff:
    table = table[table["differs"] != ""]
if table.empty:
    components.empty_state("These countries answer every question in this section the same way. Turn off "
                           "'Only differences' or pick another section.")
    st.stop()


def _highlight(row):
    return ["background-color: #FFF4CC" if row["differs"] else "" for _ in row]


st.dataframe(components.display_frame(table).style.apply(_highlight, axis=1), hide_index=True, key="compare_table",
             height=min(38 + 35 * len(table), 900))

st.subheader("Written answers side by side")
q = tables.question_columns(rows)
pick = st.selectbox("Question", list(q["column"]), key="cmp_q", bind="query-params")
sel = q[q["column"] == pick].iloc[0]
synthetic = dict(zip(listed["country_iso3"], listed["is_synthetic"].astype(bool)))
cols = st.columns(len(picked))
for col, iso3 in zip(cols, picked):
    r = rows[(rows["country_iso3"] == iso3) & (rows["question"] == sel["question"]) & (rows["item"] == sel["item"])]
    with col:
        st.markdown(f"**{components.safe_md(tables.country_name(names[iso3], synthetic[iso3]))}**")
        if r.empty:
            st.caption("No answer in this response.")
            continue
        r = r.iloc[0]
        st.markdown(f"{components.answer_text(r['answer'], r['basis'])}")
        st.markdown(components.safe_md(r["detail"]) if r["detail"] else "_no written answer_")
        if len(r["links"]):
            st.markdown(" · ".join(components.link_md(u) for u in r["links"]))
