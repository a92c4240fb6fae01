"""A sentence or a claim read once into the structure the whole engine shares: tokens and
lemmas, names, typed figures, dates, one negation-scope model and clauses. Each view is worked
out when first asked for, so a sentence that no claim reaches costs nothing more."""

from __future__ import annotations

import bisect
from functools import cached_property

from ..model import Date
from ..text import CLOSING, OPENING, Tokens
from .lexicon import Lexicon
from .names import Mention, read_names
from .negation import Negation, read_negations
from .quantities import Quantity, read_quantities
from .when import read_when


class Reading:
    """What a text says, in the parts the judge compares. `offset` is where the text starts in
    its source; `reference` is the date of the article it stands in (its dateline), which
    relative dates ("on Saturday") are read against."""

    def __init__(
        self, text: str, lexicon: Lexicon, offset: int = 0, reference: Date | None = None
    ) -> None:
        self.text = text
        self.words = Tokens.of(text, offset)
        self.lexicon = lexicon
        self.reference = reference
        self.lemmas = tuple(lexicon.lemma(norm) for norm in self.words.norms)

    def __len__(self) -> int:
        return len(self.words)

    @cached_property
    def names(self) -> tuple[Mention, ...]:
        return read_names(self.words, self.lemmas, self.lexicon)

    @cached_property
    def quantities(self) -> tuple[Quantity, ...]:
        return read_quantities(self)

    @cached_property
    def dates(self) -> tuple[Date, ...]:
        return read_when(self)

    @cached_property
    def negations(self) -> tuple[Negation, ...]:
        return read_negations(self)

    @cached_property
    def clauses(self) -> tuple[int, ...]:
        """The clause number of each token. A clause break starts a new clause; brackets are
        an aside of their own; a relative clause between commas is an aside after which its
        sentence goes on: in "Kim, who has never conceded, says it is over", "Kim" and "says"
        share a clause."""
        out, number, depth, fresh = [], 0, 0, 0
        resume = None  # the clause a ", which ...," aside returns to
        lexicon, norms = self.lexicon, self.words.norms
        for i, norm in enumerate(norms):
            if norm in OPENING or norm in CLOSING:
                depth = depth + 1 if norm in OPENING else max(0, depth - 1)
                fresh += 1
                number = fresh
            elif not depth and resume is not None and norm == ",":
                number, resume = resume, None
            elif not depth and norm in lexicon.relatives and i and norms[i - 1] == ",":
                resume = number
                fresh += 1
                number = fresh
            elif norm in lexicon.clause_breaks and not depth:
                fresh += 1
                number, resume = fresh, None
            out.append(number)
        return tuple(out)

    @cached_property
    def name_at(self) -> dict[int, Mention]:
        """The name each token belongs to."""
        return {i: m for m in self.names for i in range(m.start, m.end)}

    @cached_property
    def date_at(self) -> frozenset[int]:
        """The tokens that are part of a date."""
        return frozenset(i for d in self.dates for i in range(*self.token_range(d.span)))

    @cached_property
    def quantity_at(self) -> dict[int, Quantity]:
        """The figure each token belongs to."""
        return {i: q for q in self.quantities for i in range(*q.tokens)}

    def negation_of(self, i: int) -> Negation | None:
        """The negation whose scope holds token i, if any."""
        return next((n for n in self.negations if n.scope[0] <= i < n.scope[1]), None)

    def token_range(self, span: tuple[int, int]) -> tuple[int, int]:
        """The tokens [i, j) that a character span covers."""
        starts = [token.start for token in self.words.tokens]
        ends = [token.end for token in self.words.tokens]
        return bisect.bisect_left(ends, span[0] + 1), bisect.bisect_left(starts, span[1])

    def content(self, i: int) -> bool:
        """Whether token i carries content: a word that is no function word."""
        token, lexicon = self.words.tokens[i], self.lexicon
        return (
            token.is_word
            and token.norm not in lexicon.stopwords
            and token.norm not in lexicon.prepositions
            and token.norm not in lexicon.negation_words
        )
