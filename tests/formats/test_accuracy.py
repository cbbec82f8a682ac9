"""The accuracy command: per-format shares, every mismatch listed, a non-zero exit when anything differs."""
from __future__ import annotations

import json
import shutil

from cli.main import main
from loaders import accuracy

from .conftest import GENERATED


def _copy(tmp_path, *names):
    for n in names:
        shutil.copy(GENERATED / n, tmp_path / n)
    return tmp_path


def test_a_doctored_truth_shows_up_as_a_listed_mismatch_and_a_failing_exit(tmp_path, capsys):
    _copy(tmp_path, "VNM.docx", "VNM.truth.json")
    truth = json.loads((tmp_path / "VNM.truth.json").read_text(encoding="utf-8"))
    row = next(a for a in truth["answers"] if a["question"] == 45)
    row["answer"] = {"yes": "no", "no": "yes"}.get(row["answer"], "yes")
    row["links"] = ["https://example.org/only-in-the-truth"]
    (tmp_path / "VNM.truth.json").write_text(json.dumps(truth), encoding="utf-8")
    assert main(["accuracy", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "MISMATCH [docx] VNM.docx VNM Q45: answer" in out
    assert "link missing https://example.org/only-in-the-truth" in out
    assert out.splitlines()[1].startswith("docx")


def test_one_sidecar_serves_every_format_of_a_response(tmp_path):
    _copy(tmp_path, "CIV.docx", "CIV.pdf", "CIV.truth.json")
    tallies = accuracy.measure([str(tmp_path)])
    assert set(tallies) == {"docx", "pdf"}
    assert all(t.documents == 1 and t.answers_ok == t.answers for t in tallies.values())


def test_a_document_without_a_sidecar_in_a_folder_is_skipped_and_named_when_given(tmp_path):
    _copy(tmp_path, "TUR.docx")
    assert accuracy.measure([str(tmp_path)]) == {}
    tallies = accuracy.measure([str(tmp_path / "TUR.docx")])
    assert "no ground truth TUR.truth.json" in tallies["docx"].rejected[0]
