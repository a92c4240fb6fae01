"""The Markdown reader: markup blanked one character for one, so every offset into what is
read is an offset into the file as written, and only the text a reader sees is read."""

from __future__ import annotations

import json

import pytest
from cli_run import run

from alliance_cli.markup import blank_markdown, front_matter
from alliance_cli.report.layout import shown


def read(text: str) -> str:
    """The text as read, with the invariants every reading keeps checked: the same length,
    every line break where it was, and nothing but markup changed (to white space)."""
    blanked = blank_markdown(text)
    assert len(blanked) == len(text)
    for written, seen in zip(text, blanked, strict=True):
        assert written == seen or seen.isspace() or written == "&", (written, seen)
        assert (written == "\n") <= (seen == "\n")
    return blanked


def words(text: str) -> str:
    return " ".join(read(text).split())


@pytest.mark.parametrize(
    ("markdown", "text"),
    [
        ("# Notes on the **AI Alliance**", "Notes on the AI Alliance"),
        ("## Members ##", "Members"),
        ("Title\n=====", "Title"),
        ("Title\n-----", "Title"),
        ("It has *47* members and __many__ friends.", "It has 47 members and many friends."),
        ("(**bold**) and ~~struck~~.", "( bold ) and struck ."),
        (
            "The group counts [47 members](https://x.org/99 'about 99').",
            "The group counts 47 members .",
        ),
        ("Nested [a [b] c](https://x.org/(1)) link", "Nested a [b] c link"),
        ("See [the report][ref] now.", "See the report now."),
        ("![A photo of 12 founders](img-2023.png)", "A photo of 12 founders"),
        ("Use `open_science()` here", "Use open_science() here"),
        ("- one\n- two\n* three\n+ four", "one two three four"),
        ("1. first\n2) second", "first second"),
        ("> quoted\n> > deeper", "quoted deeper"),
        ("a <!-- 80 members\nhidden --> b", "a b"),
        ("a <span class='x'>b</span> <https://x.org/5> c", "a b c"),
        ("Read https://example.org/2023/12/05/47-members.", "Read ."),
        ("[ref]: https://example.org/99 'Title'\nText.", "Text."),
        ("A \\*literal\\* star", "A *literal * star"),
        ("An \\**escaped** opener", "An * escaped * opener"),
        ("A \\\\**bold** word", "A \\ bold word"),  # an escaped backslash escapes no star
        ("***all*** and **one*", "all and * one"),
        ("**a\n\nb**", "**a b**"),  # emphasis stays within its paragraph
        ("AT&amp;T and a&lt;b", "AT& T and a< b"),
        ("Before\n\n---\n\nAfter", "Before After"),
        ("Line one\\\nline two", "Line one line two"),
    ],
)
def test_markdown_is_read_as_the_text_it_shows(markdown, text):
    assert words(markdown) == text


@pytest.mark.parametrize(
    "kept",
    [
        "5 * 3 = 15",
        "snake_case_name stays",
        "foo**bar**baz",
        "In 2023, it grew.\n2024. A new year.",  # a number inside a paragraph is no list
        "plain [shortcut] brackets",
        "a # that is no heading",
        "The group has 4**7** members",  # emphasis inside a word
        "**The group has 47 members",  # an opener without a closer
        "a ** b ** c and **** d",
        "x*y* and *y*x",
    ],
)
def test_what_is_no_markup_is_read_as_written(kept):
    assert read(kept) == kept


def test_code_is_read_as_written_between_its_fences():
    text = "Text.\n\n```python\nx = **not bold** [a](b)\n```\nAfter."
    blanked = read(text)
    assert "x = **not bold** [a](b)" in blanked
    assert "```" not in blanked


def test_a_list_item_and_a_heading_start_a_paragraph_of_their_own():
    blanked = read("the first line\n- the next item\n## a heading")
    assert "line\n\n the next" in blanked
    assert "item\n\n  a heading" in blanked


def test_front_matter_with_a_lone_surrogate_is_no_yaml():
    # no file decodes to one, but a Python caller may pass any str
    text = "---\ntitle: a\ud800b\n---\nBody."
    assert front_matter(text) is None
    assert len(read(text)) == len(text)


def test_front_matter_is_blanked_and_its_title_and_date_read():
    text = '---\ntitle: "Notes on the AI Alliance"\ndate: 2024-03-14\ntags: [a]\n---\nBody.'
    matter = front_matter(text)
    assert matter.end == text.index("Body")
    title, at = matter.title
    assert title == "Notes on the AI Alliance" and text[at : at + len(title)] == title
    assert matter.date == ("2024-03-14", text.index("2024"))
    assert read(text).strip() == "Body."


@pytest.mark.parametrize(
    "text",
    [
        "Body.\n---\ntitle: x\n---\n",
        " ---\ntitle: x\n---\n",
        "---\ntitle: x\nno end",
        "---\nThe group has 47 members.\n---\nMore.",  # text between rules
        "---\n- a list\n---\n",
        "---\ntitle: [unclosed\n---\n",
    ],
)
def test_only_a_closed_mapping_at_the_very_start_is_front_matter(text):
    assert front_matter(text) is None


def test_front_matter_without_title_or_date():
    matter = front_matter("---\n---\nBody.")
    assert matter == (8, None, None)


@pytest.mark.parametrize(
    "hostile",
    ["[" * 200_000, "*a" * 100_000, "`a" * 100_000, "<a " * 70_000, "http://x" * 25_000,
     "](" * 100_000, " " * 200_000 + "#", "- " * 100_000, "<!--" + "a" * 200_000, "\\" * 200_000,
     "**a " * 50_000 + "b** " * 50_000],
)  # fmt: skip
def test_any_markdown_is_read_in_bounded_time(hostile):
    """Inputs that a backtracking pattern would take hours on; the hang guard, not a clock,
    stands watch."""
    assert len(blank_markdown(hostile)) == len(hostile)


def test_a_sentence_is_shown_without_its_markup_and_its_offsets_follow():
    written = "The group counts [47 members](https://x.org/99 'about 99') and **IBM**."
    text, moved = shown(written, blank_markdown(written))
    assert text == "The group counts 47 members and IBM."
    start = written.index("47")
    assert text[moved[start] : moved[start + len("47 members")]] == "47 members"
    assert moved[len(written)] == len(text)


def test_a_sentence_read_as_written_is_shown_as_written():
    assert shown("It has 47 members.", "") == ("It has 47 members.", None)


def test_a_figure_with_markup_inside_is_never_read_as_part_of_it(tmp_path):
    """`4**7**` is emphasis inside a word: read as written, it gives no figure, never 7; a
    `\\*` is a literal star; an unpaired `**` opens nothing. Every span is the file's own."""
    folder = tmp_path / "notes"
    folder.mkdir()
    files = {
        "inside.md": "The Acme Group has 4**7** members.\n",
        "escaped.md": "The \\*Acme Group has 47 members\\*.\n",
        "unpaired.md": "**The Acme Group has 47 members.\n",
        "bold.md": "Intro.\n\nThe Acme Group has **47** members.\n",
    }
    for name, text in files.items():
        (folder / name).write_text(text)
    result = run(tmp_path, "check", "The Acme Group has 47 members", "--sources", str(folder),
                 "--format", "json")  # fmt: skip
    verdicts = {v["source"]: v for v in json.loads(result.stdout)[0]["verdicts"]}
    assert verdicts["inside"]["verdict"] == "omits"
    assert "gives no figure" in verdicts["inside"]["reason"]
    for source in ("escaped", "unpaired", "bold"):
        found = verdicts[source]
        assert found["verdict"] == "supports", found
        start, end = found["span"]
        assert files[f"{source}.md"][start:end] == found["evidence"]


def test_text_between_two_rules_at_the_start_is_read(tmp_path):
    """Only a YAML mapping between `---` lines is front matter: a sentence there is text."""
    (tmp_path / "notes").mkdir()
    text = "---\nThe Acme Group has 47 members.\n---\nMore text here.\n"
    (tmp_path / "notes" / "ruled.md").write_text(text)
    result = run(tmp_path, "check", "The Acme Group has 47 members", "--sources",
                 str(tmp_path / "notes"), "--format", "json")  # fmt: skip
    (found,) = json.loads(result.stdout)[0]["verdicts"]
    assert found["verdict"] == "supports", found
    start, end = found["span"]
    assert text[start:end] == found["evidence"]
