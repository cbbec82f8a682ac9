"""Sentence banks for synthetic answers: plausible, fictional wording with example-domain URLs."""
from __future__ import annotations

import random
import re
from dataclasses import dataclass

# Words a parser could read as a negative or "not known" answer. Affirmative texts must avoid them
# anywhere (not just in the first sentence), so that whatever sentence splitter or phrase list the
# parser uses, a "yes" text can only read as yes. Checked by `is_affirmative_safe`.
RISKY_WORDS = (
    "no", "not", "none", "never", "yet", "expect", "expected", "applicable", "draft", "drafted",
    "plan to", "planned", "planning to", "pending", "under development", "under preparation",
    "in progress", "lack", "lacks", "absent", "without", "cannot", "unknown", "tbd",
)
RISKY_SUBSTRINGS = ("n/a", "is not", "not yet", "no such", "does not", "do not", "don't", "doesn't",
                    "isn't", "has not", "have not", "hasn't", "there is no", "we expect", "not ")
_RISKY_RE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in RISKY_WORDS) + r")\b", re.IGNORECASE)


def is_affirmative_safe(text: str) -> bool:
    """True when nothing in `text` could be read as a negative or unknown answer."""
    low = text.lower()
    return not _RISKY_RE.search(text) and not any(s in low for s in RISKY_SUBSTRINGS)


@dataclass
class Ctx:
    """Per-country facts the sentences refer to (all fictional)."""

    rng: random.Random
    country: str
    iso: str  # lower-case ISO3, used in example hosts
    agency: str
    agency2: str
    strategy: str
    y1: int
    y2: int
    long_urls: float  # share of URLs with long paths (these wrap across lines)
    http_share: float  # share of URLs written with http:// instead of https://

    def pick(self, options):
        return options[self.rng.randrange(len(options))]


AGENCIES = (
    "Digital Government Agency", "Ministry of Digital Affairs", "National ICT Authority",
    "e-Government Office", "Ministry of Communications and Digital Transformation",
    "Agency for Digital Development", "Office of the Government Chief Information Officer",
)
AGENCIES2 = (
    "Business Registration Authority", "National Statistics Office", "Public Procurement Authority",
    "National Cybersecurity Centre", "Data Protection Commission",
)
STRATEGIES = (
    "National Digital Government Strategy", "Digital Transformation Agenda", "e-Government Master Plan",
    "National Digital Strategy", "Smart Government Programme",
)
HOSTS = ("www.{iso}-gov.example", "portal.{iso}-gov.example", "{iso}-digital-agency.example",
         "legislation.{iso}-gov.example", "data.{iso}-gov.example", "services.{iso}-gov.example")
LONG_PREFIXES = (
    "en/policy-and-strategy", "publications/reports-and-studies", "news/news-archive/{y}/june",
    "documents/official-gazette/{y}", "digital-government/programmes-and-initiatives",
)


def url(ctx: Ctx, slug: str, *, host: str | None = None) -> str:
    """A fictional URL under an example host; some are long enough to wrap across lines."""
    rng = ctx.rng
    for _ in range(20):
        h = (host or ctx.pick(HOSTS)).format(iso=ctx.iso)
        scheme = "http" if rng.random() < ctx.http_share else "https"
        parts = [slug]
        if rng.random() < ctx.long_urls:
            prefix = ctx.pick(LONG_PREFIXES).format(y=ctx.y1)
            tail = ctx.pick(("", "overview", "full-text-and-annexes", f"version-{rng.randint(2, 9)}",
                             "implementation-roadmap-and-monitoring-framework"))
            parts = [prefix, slug] + ([tail] if tail else [])
        path = "/".join(parts)
        end = ctx.pick(("", "/", "", ".html", f"?id={rng.randint(100, 99999)}&lang=en"))
        u = f"{scheme}://{h}/{path}{end}"
        # "n/a" inside a path (".../en/about") could read as "not applicable" to a phrase matcher.
        if "n/a" not in u.lower() and is_affirmative_safe(u.replace("/", " ").replace("-", " ")):
            return u
    raise AssertionError("could not build a safe URL")  # pragma: no cover - vocabulary is fixed


def bare_www(ctx: Ctx, name: str) -> str:
    return f"www.{ctx.iso}-{name}.example"


def see_more(ctx: Ctx, u: str) -> str:
    """A sentence that points to a URL (the way respondents cite their sources)."""
    return ctx.pick((
        f"Please read more here; {u}",
        f"More information is available at {u} .",
        f"The full text can be found here: {u}",
        f"Read more here (in the national language); {u}",
        f"See the official website {u} for details.",
        f"An English summary is published at {u} (unofficial translation).",
    ))


# --- affirmative paragraphs, per question -------------------------------------------------------

LAW_TOPICS = {
    9: ("access to information", ("Access to Information Act", "Right to Information Act",
                                  "Freedom of Information Act")),
    10: ("data privacy and protection", ("Personal Data Protection Act", "Data Protection Act",
                                         "Privacy and Personal Information Law")),
    11: ("cybersecurity", ("Cybersecurity Act", "Law on Information Security", "Cybercrime and Cybersecurity Act")),
    12: ("digital identity", ("Digital Identity Act", "National Electronic Identification Law")),
    13: ("digital signature", ("Electronic Signatures Act", "Electronic Transactions and Signatures Act")),
    14: ("e-procurement", ("Public Procurement Act", "Electronic Public Procurement Regulation")),
    15: ("digitally publishing government expenditure", ("Public Finance Management Act",
                                                         "Budget Transparency Regulation")),
    16: ("data sharing and interoperability", ("Government Interoperability Framework Regulation",
                                              "Data Exchange Act")),
    17: ("open government data", ("Open Data Decree", "Open Government Data Act")),
    18: ("emerging technologies", ("Law on Automated Systems and Robotics", "Electronic Communications (5G) Act",
                                   "Artificial Intelligence Act")),
}
LAW_SLUGS = {9: "access-to-information-act", 10: "personal-data-protection-act", 11: "cybersecurity-act",
             12: "digital-identity-act", 13: "electronic-signatures-act", 14: "public-procurement-act",
             15: "public-finance-management-act", 16: "interoperability-regulation",
             17: "open-data-decree", 18: "emerging-technologies-law"}


def law_paragraphs(ctx: Ctx, q: int, rich: bool) -> list[list[str]]:
    topic, laws = LAW_TOPICS[q]
    law = ctx.pick(laws)
    year = ctx.rng.randint(2001, 2021)
    u = url(ctx, f"{LAW_SLUGS[q]}-{year}", host="legislation.{iso}-gov.example")
    first = ctx.pick((
        f"The {law} ({year}) regulates {topic} for all public bodies.",
        f"{ctx.country} adopted the {law} in {year}.",
        f"Legislation on {topic} is in force: the {law} of {year}.",
        f"The {law} of {year} sets the rules on {topic} in {ctx.country}.",
    ))
    paras = [[f"{first} {see_more(ctx, u)}"]]
    if rich and ctx.rng.random() < 0.6:
        y2 = ctx.rng.randint(year, 2022)
        u2 = url(ctx, f"implementing-rules-{y2}")
        paras.append([ctx.pick((
            f"Additionally, implementing rules were issued by the {ctx.agency} in {y2}; {u2}",
            f"The law was amended in {y2} to cover online services. {see_more(ctx, u2)}",
        ))])
    if rich and ctx.rng.random() < 0.25:
        paras.append([
            "Related instruments include:",
            f"- the secondary regulation of {ctx.rng.randint(2010, 2022)} on {topic};",
            f"- the guidelines of the {ctx.agency2} ({url(ctx, 'guidelines')}).",
        ])
    return paras


STRATEGY_TEXT = {
    21: ("alignment with the national development strategy",
         lambda c: f"The {c.strategy} is guided by the National Development Plan {c.y1}-{c.y2 + 5}."),
    22: ("the Sustainable Development Goals",
         lambda c: "The strategy refers explicitly to SDG 9 and SDG 16 and reports progress in the "
                   "voluntary national review."),
    23: ("sub-national strategies",
         lambda c: "Regional and local governments prepare their own digital plans in line with the "
                   "national strategy."),
    24: ("e-participation and digital inclusion",
         lambda c: "Digital inclusion is one of the focus areas of the strategy, with measures for older "
                   "people and people with disabilities."),
    25: ("a national data governance framework",
         lambda c: "The strategy includes a national data governance framework covering data quality, "
                   "data sharing and data protection."),
    26: ("national digital identity",
         lambda c: "The strategy makes reference to the national digital identity scheme, which gives "
                   "access to public services at all levels of government."),
    27: ("the digital-by-default principle",
         lambda c: "Digital-by-default is a guiding principle of the strategy: services are designed for "
                   "online use first, with assisted channels for those who need them."),
    28: ("the once-only principle",
         lambda c: "The once-only principle is part of the strategy; citizens and businesses give the "
                   "government each piece of information only once."),
    30: ("regional or global guidelines",
         lambda c: f"The {c.strategy} is aligned with the OECD Recommendation on Digital Government "
                   "Strategies and with regional digital agendas."),
    31: ("foresight tools",
         lambda c: f"The {c.agency} uses scenario planning and horizon scanning in its strategic work."),
    32: ("policy experimentation and regulatory sandboxes",
         lambda c: f"A regulatory sandbox for fintech and digital health pilots was set up in {c.y1}."),
}
STRATEGY_SLUGS = {21: "national-development-plan", 22: "sdg-voluntary-national-review",
                  23: "local-digital-plans", 24: "digital-inclusion-focus-area",
                  25: "data-governance-framework", 26: "digital-identity-scheme",
                  27: "digital-by-default", 28: "once-only-principle", 30: "international-cooperation",
                  31: "strategic-foresight", 32: "regulatory-sandbox"}

QUESTION_TEXT = {
    1: lambda c, u: c.pick((
        f"The national e-government portal is {u} and it serves citizens and businesses.",
        f"{bare_www(c, 'portal')} is the single entry point for public services at the national level.",
        f"The official portal at the national level is {u} (also used by local governments).",
    )),
    3: lambda c, u: f"The {c.agency} is in charge of e-government at the national level; {u}",
    4: lambda c, u: c.pick((
        f"The Government Chief Information Officer chairs the national digital government council, which "
        f"includes regional and local governments. {see_more(c, u)}",
        f"Coordination between national and sub-national levels takes place through annual agreements "
        f"between the {c.agency} and the associations of municipalities; {u}",
    )),
    6: lambda c, u: c.pick((
        f"The portal {u} brings together official information on COVID-19, including testing and "
        f"vaccination.",
        f"A dedicated section of the national portal, {u} , addresses the COVID-19 pandemic.",
    )),
    7: lambda c, u: c.pick((
        f"In {c.y1}, the government allocated {c.rng.randint(2, 90)} million to digital measures in "
        f"response to the COVID-19 pandemic. {see_more(c, u)}",
        f"The recovery budget funds e-government measures such as online appointments and digital "
        f"certificates; {u}",
    )),
    8: lambda c, u: c.pick((
        f"The Digital Recovery Plan {c.y1}-{c.y2} sets priorities for digital transformation and digital "
        f"inclusion after the pandemic; {u}",
        f"The post-COVID-19 strategy allocates public resources to digital skills and connectivity. "
        f"{see_more(c, u)}",
    )),
    19: lambda c, u: c.pick((
        f"The {c.strategy} ({c.y1}-{c.y2}) is the national e-government strategy; {u}",
        f"Here is the link for the national digital strategy; {u}",
    )),
    33: lambda c, u: f"The national digital inclusion programme offers training and assisted digital "
                     f"services for people who need help; {u}",
    34: lambda c, u: f"The e-participation policy of {c.y1} sets rules for online consultation on "
                     f"proposed laws; {u}",
    35: lambda c, u: "Public libraries and citizen service centres offer free internet access and help "
                     "with e-government services for women, older people and people with disabilities.",
    36: lambda c, u: f"The portal offers services in accessible formats and in minority languages; {u}",
    37: lambda c, u: "Online consultations include targeted outreach to women's organisations and "
                     "disability groups.",
    38: lambda c, u: f"Free digital skills courses for women and older people are offered in all "
                     f"regions; {u}",
    39: lambda c, u: "Ministries and agencies use social media platforms for e-information and "
                     "e-consultation, following a common communication policy.",
    40: lambda c, u: f"The government publishes consultation reports explaining how public comments "
                     f"were taken into account; {u}",
    41: lambda c, u: f"The {c.agency} publishes monthly usage statistics for the main e-services; {u}",
    42: lambda c, u: f"A yearly user satisfaction survey covers the main e-services; {u}",
    43: lambda c, u: c.pick((
        f"{c.country} takes part in regional and international cooperation on digital government, "
        f"including peer reviews and twinning projects.",
        f"The {c.agency} has cooperation agreements on digital government with several countries and "
        f"with regional organisations; {u}",
    )),
    44: lambda c, u: f"The {c.agency} publishes an annual report on e-government development; {u}",
}
QUESTION_SLUGS = {1: "", 3: "about-us", 4: "digital-government-council", 6: "covid-19",
                  7: "covid-19-recovery-budget", 8: "digital-recovery-plan", 19: "digital-strategy",
                  33: "digital-inclusion", 34: "e-participation-policy", 35: "assisted-digital",
                  36: "accessibility", 37: "consultations", 38: "digital-skills", 39: "social-media-policy",
                  40: "consultation-reports", 41: "statistics", 42: "user-satisfaction",
                  43: "international-cooperation", 44: "annual-report"}
EXTRA_PARAGRAPHS = (
    lambda c: f"Additionally, the {c.agency2} provides guidance to ministries on this topic; "
              f"{url(c, 'guidance-for-ministries')}",
    lambda c: f"Regional and local governments take part through a joint steering committee chaired by "
              f"the {c.agency}.",
    lambda c: f"An evaluation of the results was published in {c.y1 + 1}. {see_more(c, url(c, 'evaluation'))}",
    lambda c: "The work is carried out in close cooperation with civil society and the private sector.",
)

ITEM_TEXT = {
    ("2", "e_services"): lambda c: c.pick((
        f"Almost all e-services can be found on {url(c, 'e-services')}",
        f"The e-services catalogue {url(c, 'catalogue')} lists {c.rng.randint(120, 900)} online services.")),
    ("2", "e_participation"): lambda c: c.pick((
        f"Citizens can comment on proposed laws at {url(c, 'consultations')}",
        f"The e-participation portal {url(c, 'participation')} hosts petitions and consultations.")),
    ("2", "open_data"): lambda c: (
        f"The open data portal {url(c, 'datasets', host='data.{iso}-gov.example')} publishes "
        f"{c.rng.randint(300, 9000)} datasets from {c.rng.randint(10, 90)} agencies."),
    ("2", "procurement"): lambda c: c.pick((
        f"All public tenders are published on {url(c, 'tenders')}",
        f"The Public Procurement Authority runs the e-procurement system {url(c, 'e-procurement')}")),
    ("2", "other"): lambda c: f"The health portal {url(c, 'health-records')} gives access to personal health records.",
}
SECTORS = {"planning": "Planning and Development", "education": "Education", "health": "Health",
           "social_welfare": "Social Affairs", "employment": "Labour and Employment",
           "environment": "Environment", "justice": "Justice", "finance": "Finance",
           "industry": "Industry and Trade"}
TECH_TEXT = {
    "ai": lambda c: f"A national AI strategy was adopted in {c.y1}; {url(c, 'artificial-intelligence-strategy')}",
    "robotics": lambda c: "The strategy supports robotic process automation in the back offices of ministries.",
    "blockchain": lambda c: f"A pilot for land registration uses blockchain technology; {url(c, 'blockchain-pilot')}",
    "5g": lambda c: f"The 5G action plan sets coverage targets for {c.y2}; {url(c, '5g-action-plan')}",
    "iot": lambda c: f"The smart cities programme uses sensors and IoT platforms in {c.rng.randint(3, 40)} "
                     f"municipalities.",
    "other": lambda c: "Cloud computing and high-performance computing are also covered.",
}


def question_paragraphs(ctx: Ctx, q: int, rich: bool) -> list[list[str]]:
    """Affirmative detail for a question (list of paragraphs; a paragraph is a list of logical lines)."""
    if q in LAW_TOPICS:
        return law_paragraphs(ctx, q, rich)
    if q in STRATEGY_TEXT:
        u = url(ctx, STRATEGY_SLUGS[q])
        first = STRATEGY_TEXT[q][1](ctx)
        paras = [[first + (" " + see_more(ctx, u) if ctx.rng.random() < 0.7 else "")]]
    else:
        slug = QUESTION_SLUGS[q]
        u = url(ctx, slug) if slug else f"https://www.{ctx.iso}-gov.example/"
        paras = [[QUESTION_TEXT[q](ctx, u)]]
    if q == 1 and ctx.rng.random() < 0.6:
        paras.append([f"The business portal {url(ctx, 'business', host='business.{iso}-gov.example')} "
                      f"offers services for companies."])
    if q == 3 and ctx.rng.random() < 0.4:
        paras.append([f"The {ctx.agency2} is responsible for digital services for businesses; "
                      f"{url(ctx, 'business-services')}"])
    if q == 7 and rich and ctx.rng.random() < 0.5:
        paras.append([
            "Examples of such measures include:",
            f"- online booking of tests and vaccinations; {url(ctx, 'booking')}",
            "- digital certificates of vaccination, available in the national app;",
            "- remote access to court hearings and public meetings.",
        ])
    if rich and ctx.rng.random() < 0.35:
        paras.append([ctx.pick(EXTRA_PARAGRAPHS)(ctx)])
    return paras


def item_text(ctx: Ctx, q: int, item: str) -> str:
    if q == 2:
        return ITEM_TEXT[("2", item)](ctx)
    if q == 5:
        name = SECTORS[item]
        u = url(ctx, item.replace("_", "-"), host=f"{item.replace('_', '')}.{ctx.iso}-gov.example")
        return ctx.pick((f"Ministry of {name}; {u}", f"The Ministry of {name} ({u})"))
    return TECH_TEXT[item](ctx)


# --- negative, unknown and cross-reference texts -------------------------------------------------

NEG_TOPIC = {4: "a Chief Information Officer or equivalent post", 6: "a dedicated COVID-19 portal",
             7: "a specific budget for this", 8: "a post-COVID-19 digital strategy",
             19: "a national e-government strategy", 33: "a digital inclusion policy",
             34: "an e-participation policy", 35: "specific measures of this kind",
             36: "specific e-services of this kind", 37: "specific e-participation measures of this kind",
             38: "specific digital skills measures of this kind", 39: "an official social media presence",
             40: "a publication of this kind", 41: "usage statistics", 42: "a user satisfaction survey",
             43: "ongoing partnerships of this kind", 44: "further information"}


def negative_text(ctx: Ctx, q: int, item: str = "") -> list[list[str]]:
    """A detail whose FIRST sentence reads as "no" (see data/answer_phrases.csv)."""
    # "St. Lucia does not ..." would end the first sentence after "St." and hide the negation.
    c = ctx.country if "." not in ctx.country else "The country"
    if q == 29 or q in (2, 5):
        first = ctx.pick({2: ("No such portal exists.", "No.", "Not yet available."),
                          5: ("No such ministry exists.", "No."),
                          29: ("No such reference yet.", "No.", "Not yet covered by the strategy.")}[q])
        return [[first]]
    if q in LAW_TOPICS:
        topic = LAW_TOPICS[q][0]
        first = ctx.pick((
            f"{c} does not have a specific law on {topic} yet.",
            "There is no such legislation at the moment.",
            "No", "No.",
            f"No, {topic} is covered only by general administrative rules.",
            f"A dedicated law on {topic} is not yet in place.",
            "This area is not regulated by a dedicated law.",
        ))
    elif q in STRATEGY_TEXT:
        topic = STRATEGY_TEXT[q][0]
        first = ctx.pick((
            f"The strategy does not have a specific reference to {topic}.",
            "There is no such reference in the current strategy.",
            "No.", "No",
            f"This is not yet covered by the {ctx.strategy}.",
        ))
    else:
        topic = NEG_TOPIC.get(q, "this")
        first = ctx.pick((
            f"{c} does not have {topic}.",
            f"There is no such {'arrangement' if q in (4, 43, 44) else 'measure'} at present.",
            "No.", "No", f"No, {c} does not have {topic}.",
        ))
    paras = [[first]]
    if first not in ("No", "No.") and ctx.rng.random() < 0.3:
        paras[0][0] += " " + ctx.pick((
            "General rules of administrative law apply.",
            f"The {ctx.agency} is responsible for the topic.",
        ))
    return paras


UNKNOWN_TEXTS = ("N/A", "Not applicable.", "n/a",
                 "We expect to provide this information in the next edition of the survey.")


def unknown_text(ctx: Ctx) -> list[list[str]]:
    """A detail that reads as "not known" (n/a, not applicable, we expect ...)."""
    return [[ctx.pick(UNKNOWN_TEXTS)]]


def xref_text(ctx: Ctx, target: int, this: int, tail: str) -> str:
    """A cross-reference to another question's answer, as respondents write them."""
    if target == this - 1 and ctx.rng.random() < 0.5:
        head = ctx.pick(("Same as above.", "Same answer as above."))
    else:
        head = ctx.pick((f"Same as Q{target}.", f"Same answer as q{target}.", f"See Q{target}",
                         f"Same as in q{target};", f"Same as Q{target} +"))
    if head.endswith(("+", ";")):
        return f"{head} {tail}"
    if head.startswith("See") or ctx.rng.random() < 0.6:
        return head
    return f"{head} {tail}"


REVIEWER_COMMENTS = (
    "Regarding the questions in section C, please be aware that English descriptions have been made "
    "available for the purposes of this questionnaire only.",
    "Please check the links with the ministry before publication.",
    "Figures to be confirmed by the statistics office.",
    "The name of the agency changed in 2021; please use the current name.",
)

OTHER_PERIODS = ("Four-year, aligned with the budget cycle", "Rolling three-year plan reviewed annually",
                 "Seven-year", "Four-year (2021-2024)", "Six-year")
