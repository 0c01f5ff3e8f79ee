"""Issue 16: sign-in sends an educator back only to this server's own pages (author item 1), and
the educator's pages speak the reader's language (educator item 7)."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from course.web import shared
from course.web.auth import next_path
from course.web.views.educator_helplines import helplines_html
from course.web.views.locale_forms import date_text, file_name, list_text
from tests.store.conftest import db_url, store  # noqa: F401  (fixtures, reused)

CODES = ("several-sources", "two-sources", "one-source", "unverified", "conflicting")


@pytest.mark.parametrize("asked", ["/author", "/author?lang=en", "/educator", "/educator?lang=ar", "/ministry"])
def test_sign_in_goes_back_to_the_page_that_asked(asked):
    assert next_path(asked) == asked


@pytest.mark.parametrize("asked", [
    None, "", "https://evil.example/author", "//evil.example/author", "/\\evil.example", "\\\\evil.example",
    "javascript:alert(1)", "http:/author", "/\t/evil.example", "/\n/evil.example", "/ /x", "author",
    "/", "/static/x.js", "/educator\\..\\x", "/authorx",
])
def test_sign_in_never_goes_elsewhere(asked):
    assert next_path(asked) == "/educator"


@pytest.mark.parametrize("lang", ["ar", "en", "fr"])
def test_helplines_show_words_and_links_not_codes(lang):
    page = helplines_html(lang)
    text = re.sub(r"<[^>]*>", " ", page)  # what the reader sees, not the class names
    assert not any(code in text for code in CODES)
    assert '<a href="https://' in page and 'rel="noopener noreferrer"' in page
    assert not re.search(r"\d{4}-\d{2}-\d{2}", text)  # no ISO dates


def test_dates_and_lists_follow_the_locale():
    ar, en, fr = (shared.tr(x) for x in ("ar", "en", "fr"))
    day = dt.date(2026, 3, 4)
    assert date_text(en, day) == "March 4, 2026"
    assert date_text(fr, day) == "4 mars 2026"
    assert "مارس" in date_text(ar, day)
    assert list_text(fr, ["a", "b", "c"]) == "a, b et c"
    assert ", " not in list_text(ar, ["أ", "ب", "ج"]) and "و" in list_text(ar, ["أ", "ب", "ج"])


def test_csv_names_keep_arabic_words_and_drop_separators():
    t = shared.tr("ar")
    name = file_name(t("edu-csv-grid-file", klass="الصفّ ٤/أ", date="2026-03-04"), "csv")
    assert name == "تقدّم-الصفّ-٤-أ-2026-03-04.csv"
    assert "/" not in file_name("../../etc/passwd", "csv")


def test_the_header_links_to_the_ministry_view_only_for_ministry_accounts(store):  # noqa: F811
    from course.store import accounts, schools
    from course.web.educator_page import header
    from course.web.educator_state import EducatorState

    teacher = accounts.create_educator("teacher", "a long enough password", "Teacher")
    minister = accounts.create_educator("minister", "a long enough password", "Minister")
    schools.grant_ministry(minister, as_ministry=None)
    assert "/ministry" not in header(EducatorState(educator_id=teacher, locale="en"))
    assert '<a href="/ministry?lang=ar">عرض الوزارة</a>' in header(EducatorState(educator_id=minister, locale="ar"))


@pytest.mark.parametrize("lang", ["ar", "en", "fr"])
def test_the_certificate_and_grid_words_agree_with_no_learner(lang):
    """«أكمل سلمى» read as a mistake for every girl: the name stands alone, the sentence names no
    one, and the grid's columns are nouns."""
    t = shared.tr(lang)
    text = t("cert-text", track="9-12", name="Salma")
    assert "Salma" not in text and "9-12" in text
    if lang == "ar":
        assert not text.startswith(("أكمل", "أكملت"))
        assert [t(k) for k in ("dash-started", "dash-completed", "dash-mastered")] == ["البدء", "الإكمال", "الإتقان"]
