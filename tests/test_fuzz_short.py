"""A fixed run of scripts/fuzz.py: 1,000 generated inputs (seed 0) through the splitter, the
tokenizer, the quantity and date readers and the claim parser, which keep their invariants. The
run is the same every time, whatever the machine's speed; repeat it with
`python scripts/fuzz.py --inputs 1000 --seed 0`, or fuzz longer with `--seconds 600`."""

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


def test_a_thousand_fuzzed_inputs_find_no_failure(capsys):
    fuzz = _load_fuzz()
    failures = fuzz.main(["--inputs", "1000", "--seed", "0"])
    printed = capsys.readouterr().out
    assert "tried 1000 inputs" in printed, printed
    assert failures == 0, printed
