"""Educators see every helpline entry with its sources, date and confidence, verified or not."""
from __future__ import annotations

import panel as pn

from course.l10n.locales import ARAB_LEAGUE
from course.web import shared
from course.web.views.common import e, html
from course.web.views.get_help import country_name
from course.web.views.locale_forms import date_text


def source_html(t, source) -> str:
    """A source as a real link (only http and https: the data is checked, the page checks again)."""
    label = e(t("edu-helpline-source-link", publisher=source.publisher))
    if source.published:
        label += f' ({e(t("edu-helpline-published", year=str(source.published)))})'
    url = str(source.url)
    if not url.startswith(("https://", "http://")):
        return f'{label} <span dir="ltr">{e(url)}</span>'
    return f'<a href="{e(url)}" target="_blank" rel="noopener noreferrer">{label}</a>'


def helplines_html(locale: str) -> str:
    t = shared.tr(locale)
    directory = shared.content().helplines
    parts = [f'<p>{e(t("edu-helplines-intro"))}</p>']
    for code in sorted(ARAB_LEAGUE, key=lambda c: country_name(t.tag, c)):
        entries = directory.for_country(code)
        parts.append(f'<h3>{e(country_name(t.tag, code))}</h3>')
        if not any(x.verified for x in entries):
            parts.append(f'<p class="note">{e(t("edu-helpline-none"))}</p>')
        for x in entries:
            flag = t("edu-helpline-verified") if x.verified else t("edu-helpline-unverified")
            region = f" ({e(t.attr(x.message_id, 'region') or x.region)})" if x.region else ""
            parts.append(
                f'<div class="entry {"verified" if x.verified else "unverified"}">'
                f'<strong dir="ltr">{e(x.number)}</strong> · {e(t(x.message_id))}{region}<br>'
                f'{e(flag)} · {e(t("edu-helpline-confidence-words", confidence=x.confidence))} · '
                f'{e(t("edu-helpline-checked-on", date=date_text(t, x.checked)))}'
                f'<ul class="sources">{"".join(f"<li>{source_html(t, s)}</li>" for s in x.sources)}</ul></div>')
    return "".join(parts)


def helplines_view(locale: str) -> pn.viewable.Viewable:
    return html(helplines_html(locale))
