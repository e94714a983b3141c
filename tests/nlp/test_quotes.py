"""Pairing quotation marks in plain text (no model needed)."""

from __future__ import annotations

from claimledger.nlp.quotes import find_all_quotes, find_quotes


def _texts(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_all_quotes(text)]


def test_straight_double_quotes_are_paired() -> None:
    text = 'Volfovich said, "We have retained these sites." Then he left.'
    assert _texts(text) == ['"We have retained these sites."']


def test_curly_double_quotes_are_paired() -> None:
    text = "Khrenin said: “The complex is ready for combat duty.” Nothing more."
    assert _texts(text) == ["“The complex is ready for combat duty.”"]


def test_single_curly_quotes_are_speech_marks_when_they_wrap_a_quote() -> None:
    text = "Khrenin was stating, ‘As soon as it does, we’ll invite you and show it to you.’"
    assert _texts(text) == ["‘As soon as it does, we’ll invite you and show it to you.’"]


def test_apostrophes_inside_words_are_not_quote_marks() -> None:
    text = "We'll see what Russia's missiles do, and it's not rock'n'roll."
    assert find_all_quotes(text) == []


def test_possessive_apostrophe_after_s_is_not_a_closing_mark() -> None:
    text = "Belarus’ Ministry of Defense confirmed the ‘Oreshnik’ missile readiness."
    assert _texts(text) == ["‘Oreshnik’"]


def test_quote_continued_over_paragraphs_is_one_quotation() -> None:
    # News convention: a long quote reopens each paragraph without closing the previous one.
    text = "He said: “The sites are ready.\n“The vehicles will follow by December.”\nEnd."
    quotes = find_quotes(text)
    assert len(quotes) == 1
    assert text[quotes[0].start : quotes[0].end].endswith("December.”")
    assert not quotes[0].is_recovered


def test_unbalanced_opening_mark_is_recovered_to_the_paragraph_end() -> None:
    text = "He said “the sites are ready and waiting\nA new paragraph with “a proper quote” here."
    quotes = find_quotes(text)
    assert [text[q.start : q.end] for q in quotes] == [
        "“the sites are ready and waiting",
        "“a proper quote”",
    ]
    assert quotes[0].is_recovered and not quotes[1].is_recovered


def test_missing_opening_mark_is_recovered_from_the_paragraph_start() -> None:
    text = "The sites are ready,” the minister said."
    quotes = find_quotes(text)
    assert len(quotes) == 1 and quotes[0].is_recovered
    assert text[quotes[0].start : quotes[0].end] == "The sites are ready,”"


def test_single_quotes_inside_double_quotes_stay_with_the_outer_quote() -> None:
    text = "She said, “They call it ‘a product of the Union State’ now.”"
    assert _texts(text) == ["“They call it ‘a product of the Union State’ now.”"]


def test_two_apostrophes_are_read_as_a_double_quote_mark() -> None:
    # Newspaper archives print ''like this'' for double quotes.
    text = "''It's anti-reform. She's layering on taxes,'' Leonard Burman said."
    quotes = find_all_quotes(text)
    assert len(quotes) == 1
    assert text[quotes[0].start : quotes[0].end].strip("'") == (
        "It's anti-reform. She's layering on taxes,"
    )


def test_two_backticks_open_a_double_quote() -> None:
    # The Penn Treebank's and the newswire archives' ``quotes''.
    text = "Castro said: ``This father will leave at 4 in the morning,'' and ``I will be there.''"
    quotes = find_all_quotes(text)
    assert [text[q.start : q.end].strip("`'") for q in quotes] == [
        "This father will leave at 4 in the morning,",
        "I will be there.",
    ]
