"""Loading sources: decoding, sentence splitting with offsets, titles and dates."""

from __future__ import annotations

import codecs
import random

import pytest
from conftest import SEED_IDS

from alliance_cli import api
from alliance_cli.corpus import read_source
from alliance_cli.errors import InputError
from alliance_cli.sentences import split_sentences


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


# ---------------------------------------------------------------- split_sentences


def test_split_on_full_stops():
    assert sentences("IBM joined. Meta joined.") == ["IBM joined.", "Meta joined."]


def test_split_on_question_and_exclamation_marks():
    assert sentences("Is it open? Yes! It is.") == ["Is it open?", "Yes!", "It is."]


def test_no_split_after_title_abbreviation():
    assert sentences("Dr. Smith joined the group. He left.") == [
        "Dr. Smith joined the group.",
        "He left.",
    ]


@pytest.mark.parametrize("abbreviation", ["Mr.", "Mrs.", "Prof.", "St.", "Gen."])
def test_no_split_after_other_title_abbreviations(abbreviation):
    text = f"It was {abbreviation} Jones who spoke. Then it ended."
    assert sentences(text) == [f"It was {abbreviation} Jones who spoke.", "Then it ended."]


def test_no_split_inside_us_before_lower_case_word():
    assert sentences("The U.S. government said so. Then it changed.") == [
        "The U.S. government said so.",
        "Then it changed.",
    ]


def test_no_split_inside_us_before_a_name():
    assert sentences("The U.S. Department of Energy joined. Next.") == [
        "The U.S. Department of Energy joined.",
        "Next.",
    ]


def test_no_split_after_single_initial():
    assert sentences("J. Smith wrote it. Done.") == ["J. Smith wrote it.", "Done."]


def test_no_split_after_eg_before_lower_case():
    assert sentences("Members, e.g. the big ones, joined. Next.") == [
        "Members, e.g. the big ones, joined.",
        "Next.",
    ]


def test_no_split_inside_a_decimal_number():
    assert sentences("Version 2.5 shipped. Great.") == ["Version 2.5 shipped.", "Great."]


def test_closing_quote_stays_with_its_sentence():
    assert sentences("He said \u201cStop.\u201d Then he left.") == [
        "He said \u201cStop.\u201d",
        "Then he left.",
    ]


def test_headline_without_full_stop_is_its_own_sentence():
    text = "Launch of AI Alliance\n\nMeta and IBM launched it. It is open."
    assert sentences(text) == ["Launch of AI Alliance", "Meta and IBM launched it.", "It is open."]


def test_headline_on_a_single_line_break_is_its_own_sentence():
    assert sentences("Headline here\nBody text starts here.") == [
        "Headline here",
        "Body text starts here.",
    ]


def test_blank_lines_end_a_sentence():
    assert sentences("First paragraph without stop\n\n  \nSecond one.") == [
        "First paragraph without stop",
        "Second one.",
    ]


def test_line_wrapped_running_text_is_one_sentence():
    text = "a sentence that wraps\nacross two lines. Next one."
    assert sentences(text) == ["a sentence that wraps\nacross two lines.", "Next one."]


def test_sentences_are_trimmed():
    text = "   One.   \n\n   Two.   "
    assert sentences(text) == ["One.", "Two."]


@pytest.mark.parametrize("text", ["", "   ", "\n\n \n"])
def test_blank_text_has_no_sentences(text):
    assert split_sentences(text) == []


def test_text_without_end_mark_is_one_sentence():
    assert sentences("Ends without a stop") == ["Ends without a stop"]


def test_spans_point_into_non_ascii_text():
    text = "\u201cThe AI\u00a0Alliance\u201d \u2014 47\u2011strong. Meta\u2019s plan \uff14\uff17.\n\nNext."
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == [
        "\u201cThe AI\u00a0Alliance\u201d \u2014 47\u2011strong.",
        "Meta\u2019s plan \uff14\uff17.",
        "Next.",
    ]


def test_spans_are_ordered_disjoint_and_trimmed_on_random_text():
    rng = random.Random(20231205)
    pieces = ["Dr.", "U.S.", "IBM", "joined", ".", "!", "?", "\n", "\n\n", " ", "47", "e.g.", "a"]
    for _ in range(200):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        previous_end = 0
        for start, end in split_sentences(text):
            assert previous_end <= start < end <= len(text)
            piece = text[start:end]
            assert piece == piece.strip()
            previous_end = end
        covered = "".join(text[a:b] for a, b in split_sentences(text))
        assert "".join(covered.split()) == "".join(text.split())


# ---------------------------------------------------------------- the seeds


def test_default_sources_path_holds_the_five_seeds():
    files = sorted(path.stem for path in api.default_sources_path().iterdir())
    assert files == list(SEED_IDS)


def test_seed_ids_are_file_names_in_order(seeds):
    assert tuple(source.id for source in seeds) == SEED_IDS


def test_seed_000_title(seeds):
    assert seeds[0].title == "The AI Alliance: A Bold Leap or Just Another Leap of Faith?"


def test_seed_000_date(seeds):
    assert seeds[0].date == "2023-12-07"


def test_seed_002_date(seeds):
    assert seeds[2].date == "2023-12-05"


def test_seed_003_title(seeds):
    assert seeds[3].title == "Launch of AI Alliance"


def test_seed_001_has_no_headline(seeds):
    assert seeds[1].title is None


def test_seed_sentence_spans_point_into_the_text(seeds):
    for source in seeds:
        assert source.sentences
        for sentence in source.sentences:
            assert source.text[sentence.start : sentence.end] == sentence.text


def test_seed_sentences_are_indexed_in_order(seeds):
    for source in seeds:
        assert [s.index for s in source.sentences] == list(range(len(source.sentences)))
        starts = [s.start for s in source.sentences]
        assert starts == sorted(starts)


def test_seed_sentence_norm_is_the_normalised_text(seeds):
    from alliance_cli.text import normalise

    for sentence in seeds[0].sentences:
        assert sentence.norm == normalise(sentence.text)


def test_seed_000_headlines_are_sentences(seeds):
    texts = [sentence.text for sentence in seeds[0].sentences]
    assert texts[0] == "The AI Alliance: A Bold Leap or Just Another Leap of Faith?"
    assert "December 7, 2023" in texts
    assert "Stirring the Pot with Open AI" in texts


def test_seeds_load_without_warnings(seeds):
    assert all(source.warnings == () for source in seeds)


def test_source_words_counts_whitespace_separated_words(write_corpus):
    folder = write_corpus({"a.txt": "One two three.\n\nFour five."})
    (source,) = api.load_sources([folder])
    assert source.words == 5


def test_source_label_is_the_title_when_there_is_one(seeds):
    assert seeds[3].label == "Launch of AI Alliance"


def test_source_label_is_the_opening_words_when_there_is_no_title(seeds):
    label = seeds[1].label
    assert label.startswith("Meta is collaborating with IBM")
    assert len(label) <= 60


# ---------------------------------------------------------------- decoding

BODY = "Widget News\n\nThe Widget Coalition has 47 members.\nIts members include Acme and Globex.\n"
SENTENCES = [
    "Widget News",
    "The Widget Coalition has 47 members.",
    "Its members include Acme and Globex.",
]


def _sentence_texts(source):
    return [s.text for s in source.sentences]


@pytest.mark.parametrize(
    ("bom", "codec"),
    [(codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")],
    ids=["le", "be"],
)
def test_utf16_with_bom_is_decoded(tmp_path, bom, codec):
    path = tmp_path / "wide.txt"
    path.write_bytes(bom + BODY.encode(codec))
    source = read_source(path)
    assert source.text == BODY
    assert _sentence_texts(source) == SENTENCES
    assert source.warnings == ()


def test_utf8_bom_is_dropped(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + BODY.encode())
    source = read_source(path)
    assert source.text == BODY
    assert source.title == "Widget News"


def test_crlf_line_ends_are_read_as_newlines(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(BODY.replace("\n", "\r\n").encode())
    source = read_source(path)
    assert "\r" not in source.text
    assert _sentence_texts(source) == SENTENCES
    assert source.title == "Widget News"


def test_crlf_spans_match_the_file_read_as_text(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(BODY.replace("\n", "\r\n").encode())
    source = read_source(path)
    decoded = path.read_text(encoding="utf-8")
    for sentence in source.sentences:
        assert decoded[sentence.start : sentence.end] == sentence.text


def test_old_mac_line_ends_are_read_as_newlines(tmp_path):
    path = tmp_path / "cr.txt"
    path.write_bytes(BODY.replace("\n", "\r").encode())
    assert _sentence_texts(read_source(path)) == SENTENCES


def test_invalid_utf8_is_decoded_with_a_warning_naming_the_file(tmp_path):
    path = tmp_path / "broken.txt"
    path.write_bytes(b"Widget News\n\nThe Widget Coalition has 47 members.\nBad \xff byte.\n")
    source = read_source(path)
    assert "\ufffd" in source.text
    assert len(source.warnings) == 1
    (warning,) = source.warnings
    assert str(path) in warning
    assert "UTF-8" in warning


def test_invalid_utf8_warning_names_the_line(tmp_path):
    path = tmp_path / "broken.txt"
    path.write_bytes(b"line one\nline two\nbad \xff here\n")
    (warning,) = read_source(path).warnings
    assert f"{path}:3" in warning


def test_invalid_utf8_keeps_the_rest_of_the_text(tmp_path):
    path = tmp_path / "broken.txt"
    path.write_bytes(b"Widget News\n\nThe Widget Coalition has 47 members.\nBad \xff byte.\n")
    assert "The Widget Coalition has 47 members." in _sentence_texts(read_source(path))


def test_binary_file_is_refused_naming_it(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(InputError) as error:
        read_source(path)
    assert error.value.path == str(path)
    assert str(path) in str(error.value)


def test_read_source_of_a_folder_is_an_input_error(tmp_path):
    with pytest.raises(InputError) as error:
        read_source(tmp_path)
    assert error.value.path == str(tmp_path)


def test_read_source_id_defaults_to_the_file_stem(tmp_path):
    path = tmp_path / "my-article.md"
    path.write_text("Text.", encoding="utf-8")
    assert read_source(path).id == "my-article"


def test_read_source_id_can_be_given(tmp_path):
    path = tmp_path / "my-article.md"
    path.write_text("Text.", encoding="utf-8")
    assert read_source(path, "custom").id == "custom"


def test_dateline_becomes_the_date(tmp_path):
    path = tmp_path / "dated.txt"
    path.write_text("Widget News\n\nMarch 3, 2021\n\nThe coalition met.", encoding="utf-8")
    assert read_source(path).date == "2021-03-03"


def test_text_without_a_date_has_none(tmp_path):
    path = tmp_path / "undated.txt"
    path.write_text("Widget News\n\nThe coalition met.", encoding="utf-8")
    assert read_source(path).date is None


def test_headline_ending_in_a_full_stop_is_no_title(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text("The coalition met on Monday.\n\nIt agreed.", encoding="utf-8")
    assert read_source(path).title is None


# ---------------------------------------------------------------- load_sources


def test_folder_sources_come_in_name_order(write_corpus):
    folder = write_corpus({"b.txt": "B.", "a.md": "A.", "c.txt": "C."})
    assert [source.id for source in api.load_sources([folder])] == ["a", "b", "c"]


def test_folder_ignores_other_file_types(write_corpus):
    folder = write_corpus({"a.txt": "A.", "notes.csv": "x,y", "data.json": "{}"})
    assert [source.id for source in api.load_sources([folder])] == ["a"]


def test_single_file_can_be_given(write_corpus):
    folder = write_corpus({"a.txt": "A.", "b.txt": "B."})
    assert [source.id for source in api.load_sources([folder / "b.txt"])] == ["b"]


def test_several_paths_keep_their_order(write_corpus):
    first = write_corpus({"z.txt": "Z."}, folder="first")
    second = write_corpus({"a.txt": "A."}, folder="second")
    assert [source.id for source in api.load_sources([first, second])] == ["z", "a"]


def test_missing_path_is_an_input_error_naming_it(tmp_path):
    missing = tmp_path / "nowhere"
    with pytest.raises(InputError) as error:
        api.load_sources([missing])
    assert error.value.path == str(missing)
    assert str(missing) in str(error.value)


def test_folder_without_texts_is_an_input_error_naming_it(write_corpus):
    folder = write_corpus({"notes.csv": "x"})
    with pytest.raises(InputError) as error:
        api.load_sources([folder])
    assert error.value.path == str(folder)


def test_broken_link_is_an_input_error_naming_it(tmp_path):
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "missing-target.txt")
    with pytest.raises(InputError) as error:
        api.load_sources([link])
    assert error.value.path == str(link)


def test_two_sources_with_one_id_are_an_input_error(write_corpus):
    first = write_corpus({"a.txt": "A."}, folder="first")
    second = write_corpus({"a.md": "Another A."}, folder="second")
    with pytest.raises(InputError) as error:
        api.load_sources([first, second])
    assert "'a'" in str(error.value)
    assert str(second / "a.md") in str(error.value)
