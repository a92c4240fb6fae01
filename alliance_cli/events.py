"""Disagreements about events, found without a claim. The events the sources state
(`statements.Event`: a frame word with who fills its roles) are grouped by frame, and two are
one event when they share a filler of a role that is not one-filler ("won the Ardent Cup",
"lifted the Ardent Cup"), the same two or more names in its one-filler roles ("A beat B", "B
edged A"), or a name within one sentence ("won the cup, beating B"). Within one event the
sources disagree on a one-filler role (two winners, two coaches of one club), on the outcome
for a name (a winner in one, a loser in another), on whether a name took part (one says
played, another missed), on the score and on the date. What is unique, and what denies, is
the lexicon's."""

from __future__ import annotations

import operator
from collections import Counter
from collections.abc import Callable, Hashable, Iterable
from typing import Any, NamedTuple

from .engine.lexicon import Lexicon
from .model import Date, Sentence
from .statements import Event, Filler


class Said(NamedTuple):
    """What one source says in a disagreement: the value as shown (a name, an ISO date, a
    score, a role, yes or no), the words that say it, where they stand, and their sentence."""

    source: str
    value: str
    text: str
    span: tuple[int, int]
    sentence: Sentence


class Disagreement(NamedTuple):
    """Sources that say different things of one event: `kind` is score, date, role, outcome
    or participation; `about` says what of which event; `values` each source's, in source
    order."""

    kind: str
    about: str
    values: tuple[Said, ...]


def disagreements(events: list[Event], lexicon: Lexicon) -> tuple[Disagreement, ...]:
    """Every disagreement about one event between two sources."""
    canon = canonical(
        {f.key for event in events for _, found in event.roles for f in found if f.named}
    )
    by_frame: dict[str, list[Event]] = {}
    for event in events:
        by_frame.setdefault(event.frame, []).append(event)
    out: dict[frozenset, tuple[bool, Disagreement]] = {}
    for frame, found in by_frame.items():
        unique = _unique(frame, lexicon)
        for group in _same_events(found, unique, canon):
            if len({event.source for event in group}) > 1:
                for found_one in _disputed(frame, unique, group, canon, lexicon):
                    title, key = frame.startswith("role:"), _said(found_one)
                    if key not in out or (title and not out[key][0]):
                        out[key] = (title, found_one)
    return tuple(disagreement for _, disagreement in out.values())


def _said(disagreement: Disagreement) -> frozenset:
    """Who says what where: one disagreement read twice ("Harrowgate coach Mira Olsen" is a
    role held and a team led) is shown once, as the role."""
    values = disagreement.values
    return frozenset((said.source, said.value.lower(), said.sentence.start) for said in values)


def _unique(frame: str, lexicon: Lexicon) -> frozenset[str]:
    if frame.startswith("role:"):
        return frozenset({"holder"})
    return lexicon.unique_roles.get(frame, frozenset())


def canonical(keys: set[str]) -> dict[str, str]:
    """Each name's key mapped to the one longer name it is the start or end of ("harrowgate"
    to "harrowgate united"), when there is one; otherwise to itself."""
    by_edge: dict[str, list[str]] = {}
    for key in keys:
        parts = key.split()
        by_edge.setdefault(parts[0], []).append(key)
        if parts[-1] != parts[0]:
            by_edge.setdefault(parts[-1], []).append(key)
    out = {}
    for key in keys:
        parts = key.split()
        n = len(parts)
        longer = {
            other
            for edge in {parts[0], parts[-1]}
            for other in by_edge.get(edge, ())
            if len(other.split()) > n
            and (other.split()[:n] == parts or other.split()[-n:] == parts)
        }
        longest = max(longer, key=lambda other: (len(other), other), default=key)
        inside = all(other in longest for other in longer)
        out[key] = longest if inside else key
    return out


def _key(filler: Filler, canon: dict[str, str]) -> str:
    return canon.get(filler.key, filler.key)


def _same_events(
    events: list[Event], unique: frozenset[str], canon: dict[str, str]
) -> list[list[Event]]:
    """The events of one frame, grouped into one list per event (see the module's note)."""
    parent = list(range(len(events)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[tuple, int] = {}
    for i, event in enumerate(events):
        for token in _identity(event, unique, canon):
            j = first.setdefault((event.year, token), i)  # another year is another occasion
            parent[root(i)] = root(j)
    groups: dict[int, list[Event]] = {}
    for i, event in enumerate(events):
        groups.setdefault(root(i), []).append(event)
    return list(groups.values())


def _identity(event: Event, unique: frozenset[str], canon: dict[str, str]) -> Iterable[tuple]:
    """What an event shares with another of the same event: a filler of a role that is not
    one-filler (a name; a phrase such as "the final" only within its source), the names of
    its one-filler roles when there are two or more, a name within its sentence. Only events
    of one year (`Event.year`) are one."""
    names = set()
    for role, found in event.roles:
        for filler in found:
            if role not in unique:  # "the final" is one final only within one source
                yield ("role", role, _key(filler, canon), filler.named or event.source)
            elif filler.named:
                names.add(_key(filler, canon))
            if filler.named:
                yield ("sentence", event.source, event.sentence.start, _key(filler, canon))
    if len(names) > 1:
        yield ("names", frozenset(names))


def _disputed(
    frame: str, unique: frozenset[str], group: list[Event], canon: dict[str, str], lexicon: Lexicon
) -> Iterable[Disagreement]:
    label = _label(frame, unique | _doers(frame, lexicon), group, canon)
    said = [event for event in group if not event.denied]
    for role in sorted(unique):
        yield from _role(role, label, frame, said, canon)
    if len(unique) > 1:
        yield from _outcomes(unique, label, said, canon)
    members = frame == "member" or "member" in lexicon.frame_entails.get(frame, {})
    yield from _participation(unique, _doers(frame, lexicon), label, group, canon, members)
    yield from _scores(label, said)
    yield from _dates(label, said)


def _doers(frame: str, lexicon: Lexicon) -> frozenset[str]:
    """The role most of a frame's words give their subject or holder: who did it ("winner",
    "buyer", "participant"), not what it was done to or in."""
    said = Counter(
        role
        for _, word in lexicon.frame_words.entries()
        if word.frame == frame
        for slot, role in word.roles
        if slot in ("subject", "holder")
    )
    return frozenset(role for role, _ in said.most_common(1))


def _label(frame: str, doers: frozenset[str], group: list[Event], canon: dict[str, str]) -> str:
    """Which event: its most often named filler of a role that is not the doer's, with the
    frame ("Ardent Cup (win)", "final (take part)"), or the organisation a role is held in
    ("Harrowgate")."""
    roles = {role for event in group for role, _ in event.roles} - doers
    shared = Counter(
        (filler.named, _key(filler, canon), filler.text)
        for event in group
        for role, found in event.roles
        if role in roles
        for filler in found
    )
    best = max(shared, key=lambda k: (k[0], shared[k], len(k[2])), default=None)
    if frame.startswith("role:"):
        return best[2] if best else frame[5:]
    name = frame.replace("_", " ")
    return f"{best[2]} ({name})" if best else name


def _by_source(events: list[Event], role: str, canon: dict[str, str]) -> dict[str, dict[str, Said]]:
    """Each source's named fillers of a role, by name."""
    out: dict[str, dict[str, Said]] = {}
    for event in events:
        for filler in event.fillers(role):
            if filler.named:
                said = Said(event.source, filler.text, filler.text, filler.span, event.sentence)
                out.setdefault(event.source, {}).setdefault(_key(filler, canon), said)
    return out


def clash(said: Iterable[tuple[str, Hashable]], apart: Callable[[Any, Any], bool]) -> bool:
    """Whether two sources say values that are `apart`. Each distinct value is compared once
    with each other, however many sources say it: the cost grows with the values, not with
    the sources."""
    sources: dict[Hashable, set[str]] = {}
    for source, value in said:
        sources.setdefault(value, set()).add(source)
    values = list(sources)
    return any(
        apart(a, b) and (len(sources[a] | sources[b]) > 1)
        for i, a in enumerate(values)
        for b in values[i + 1 :]
    )


def _apart(sides: dict[str, set[str]]) -> bool:
    """Whether two sources' sets of values share nothing."""
    said = ((source, frozenset(values)) for source, values in sides.items())
    return clash(said, lambda a, b: not a & b)


def _role(
    role: str, label: str, frame: str, events: list[Event], canon: dict[str, str]
) -> Iterable[Disagreement]:
    """Two sources that give a one-filler role fillers with no name in common."""
    found = _by_source(events, role, canon)
    if len(found) > 1 and _apart({source: set(names) for source, names in found.items()}):
        about = f"{label}, the {frame[5:] if frame.startswith('role:') else role}"
        values = tuple(said for names in found.values() for said in names.values())
        yield Disagreement("role", about, values)


def _outcomes(
    unique: frozenset[str], label: str, events: list[Event], canon: dict[str, str]
) -> Iterable[Disagreement]:
    """A name one source gives one one-filler role (the winner) and another source another
    (the loser)."""
    roles: dict[str, dict[str, dict[str, Said]]] = {}  # name -> source -> role -> said
    for event in events:
        for role in sorted(unique):  # a set's order differs from run to run
            for filler in event.fillers(role):
                if filler.named:
                    said = Said(event.source, role, filler.text, filler.span, event.sentence)
                    name = roles.setdefault(_key(filler, canon), {})
                    name.setdefault(event.source, {}).setdefault(role, said)
    for by_source in roles.values():
        clear = {source: found for source, found in by_source.items() if len(found) == 1}
        if len(clear) > 1 and _apart({s: set(found) for s, found in clear.items()}):
            first = next(iter(next(iter(clear.values())).values()))
            values = tuple(said for found in clear.values() for said in found.values())
            roles = " or ".join(sorted(unique))
            yield Disagreement("outcome", f"{label}, {first.text} as {roles}", values)


def _participation(
    unique: frozenset[str],
    doers: frozenset[str],
    label: str,
    events: list[Event],
    canon: dict[str, str],
    members: bool,
) -> Iterable[Disagreement]:
    """A name one source says did the event's part and another says did not (played, missed;
    won, did not win): a doer's or a one-filler role's, not what it was done to or in ("did
    not win the cup" says nothing of the cup); not a membership, which the judge checks."""
    sides: dict[tuple[str, str], dict[str, Said]] = {}
    for event in events:
        value = "no" if event.denied else "yes"
        for role, found in event.roles:
            for filler in found if role in unique | doers else ():
                if filler.named:
                    said = Said(event.source, value, filler.text, event.span, event.sentence)
                    sides.setdefault((role, _key(filler, canon)), {}).setdefault(event.source, said)
    for (role, _), by_source in sides.items():
        if len({said.value for said in by_source.values()}) > 1 and not members:
            kind = "outcome" if role in unique else "participation"
            name = next(iter(by_source.values())).text
            yield Disagreement(kind, f"{label}, {name} as {role}", tuple(by_source.values()))


def _dates(label: str, events: list[Event]) -> Iterable[Disagreement]:
    """Dates of one event that cannot both be right, at the precision both give; a source
    whose own dates for it disagree is left out."""
    found: dict[str, list[tuple[Said, object]]] = {}
    for event in events:
        if event.date is not None:
            date = event.date
            said = Said(event.source, date.iso(), date.text, date.span, event.sentence)
            found.setdefault(event.source, []).append((said, date))
    steady = {
        source: dates
        for source, dates in found.items()
        if all(a.agrees(b) for _, a in dates for _, b in dates)
    }
    dates = [(source, said, date) for source, pairs in steady.items() for said, date in pairs]
    by_date = ((source, _plain(date)) for source, _, date in dates)
    if clash(by_date, lambda a, b: not a.agrees(b)):
        yield Disagreement("date", f"{label}, the date", tuple(said for _, said, _ in dates))


def _plain(date: Date) -> Date:
    """A date as a value, without where it was written."""
    return Date(date.year, date.month, date.day, years=date.years)


def _scores(label: str, events: list[Event]) -> Iterable[Disagreement]:
    """Scores of one event that differ ("2-1" against "3-1")."""
    found = [
        (event.source, Said(event.source, q.text, q.text, q.span, event.sentence), (q.low, q.high))
        for event in events
        if (q := event.score) is not None
    ]
    said = {(source, value): s for source, s, value in found}  # each source's score once
    if clash(said, operator.ne):
        yield Disagreement("score", f"{label}, the score", tuple(said.values()))
