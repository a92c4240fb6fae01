"""A three-second run of scripts/fuzz.py: the splitter, the tokenizer, the quantity and date
readers and the claim parser keep their invariants on generated text. The run prints its seed,
so a failure can be repeated with `python scripts/fuzz.py --seconds 3 --seed N`."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "fuzz.py"


def _load_fuzz():
    spec = importlib.util.spec_from_file_location("alliance_fuzz", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_three_seconds_of_fuzzing_find_no_failure(capsys):
    fuzz = _load_fuzz()
    failures = fuzz.main(seconds=3)
    printed = capsys.readouterr().out
    assert "tried " in printed
    tried = int(printed.split("tried ", 1)[1].split()[0])
    assert tried > 50, printed
    assert failures == 0, printed
