"""Reading a class list as teachers bring it: pasted lines, CSV files from Excel (issue 16, item 9)."""
from __future__ import annotations

import codecs

import pytest

from course.store.roster_text import MAX_FILE_BYTES, MAX_TEXT_CHARS, RosterLine, RosterUnreadable, csv_names, pasted_names


def pairs(lines: list[RosterLine]) -> list[tuple[int, str]]:
    return [(x.line, x.name) for x in lines]


def test_pasted_text_is_one_name_a_line_blank_lines_skipped_spaces_trimmed():
    text = "  Salma \n\nYousef\r\n   \nمريم الأحمد\n"
    assert pairs(pasted_names(text)) == [(1, "Salma"), (3, "Yousef"), (5, "مريم الأحمد")]
    assert pasted_names("") == [] and pasted_names("\n \n") == []


def test_cells_pasted_from_a_spreadsheet_are_read_as_a_table():
    text = "Name\tAge\nSalma\t9\n\nYousef\t10\n"
    assert pairs(pasted_names(text)) == [(2, "Salma"), (4, "Yousef")]


def test_pasted_text_too_long_is_refused():
    with pytest.raises(RosterUnreadable) as refused:
        pasted_names("a\n" * (MAX_TEXT_CHARS // 2 + 1))
    assert refused.value.reason == "too-big"


def test_csv_first_column_without_a_header():
    assert pairs(csv_names(b"Salma,4A\nYousef,4A\n")) == [(1, "Salma"), (2, "Yousef")]


@pytest.mark.parametrize("header", ["name", "Name", "NOM", "الاسم", "Nom "])
def test_csv_column_named_name_in_any_of_our_languages(header):
    data = f"class,{header},age\n4A,Salma,9\n4A,,9\n4A,Yousef,10\n".encode()
    assert pairs(csv_names(data)) == [(2, "Salma"), (4, "Yousef")]


def test_excel_utf8_with_a_byte_order_mark_and_semicolons():
    """Excel's "CSV UTF-8" starts with a BOM; in French and Arabic settings it separates with ';'."""
    data = codecs.BOM_UTF8 + "الاسم;الصف\r\nسلمى;4أ\r\n\"Dupont, Marie\";4أ\r\n".encode()
    assert pairs(csv_names(data)) == [(2, "سلمى"), (3, "Dupont, Marie")]


def test_a_quoted_name_with_a_comma_stays_one_name():
    assert pairs(csv_names(b'"Dupont, Marie"\n"Ben Ali, Sami"\n')) == [(1, "Dupont, Marie"), (2, "Ben Ali, Sami")]


def test_excel_unicode_text_utf16_with_tabs():
    data = "Nom\tClasse\r\nÉlodie\t4A\r\nسلمى\t4A\r\n".encode("utf-16")  # with its BOM, as Excel writes it
    assert pairs(csv_names(data)) == [(2, "Élodie"), (3, "سلمى")]


def test_a_file_in_another_encoding_is_refused_with_its_line_not_guessed():
    data = b"Salma\nYousef\n" + "سلمى\n".encode("cp1256")
    with pytest.raises(RosterUnreadable) as refused:
        csv_names(data)
    assert (refused.value.reason, refused.value.line) == ("not-utf8", 3)


def test_a_file_too_big_is_refused_before_reading():
    with pytest.raises(RosterUnreadable) as refused:
        csv_names(b"a\n" * (MAX_FILE_BYTES // 2 + 1))
    assert refused.value.reason == "too-big"


def test_a_broken_file_names_its_line():
    with pytest.raises(RosterUnreadable) as refused:
        csv_names(b"Salma\n" + b"x" * 140_000 + b"\nYousef\n")  # past the csv module's cell limit
    assert refused.value.reason == "broken" and refused.value.line == 2
