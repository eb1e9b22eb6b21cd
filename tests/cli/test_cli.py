"""The command line, end to end on a real SQLite file in a temporary data directory."""

from __future__ import annotations

import copy
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from lpdesk.cli import main
from tests.services.test_case_file import as_imported

MANAGER = "daniel.kowalczyk"  # the demo's team manager


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, demo_home_template: Path) -> Path:
    """A data folder of the test's own holding the demo (``lpdesk demo`` run once per session,
    tests/cli/conftest.py)."""
    monkeypatch.setenv("LPDESK_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("LPDESK_LOG_LEVEL", "WARNING")
    monkeypatch.setenv("LPDESK_ENCRYPTION", "off")  # these tests read the file with sqlite3
    shutil.copytree(demo_home_template, tmp_path / "home")
    return tmp_path / "home"


def test_due_json_has_the_documented_keys(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["due", "--as-of", "2026-11-23", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows, "the demo caseload has items due"
    for row in rows:
        assert {"case", "child", "kind", "due", "status", "reason"} <= row.keys()
        assert row["status"] in {"ok", "due_soon", "overdue"}
    statuses = [r["status"] for r in rows]
    assert statuses.index("overdue") < statuses.index("ok"), "overdue first"


def test_export_then_import_into_a_fresh_database(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "case.json"
    assert main(["--user", MANAGER, "export", "CP-2026-0141", "-o", str(out)]) == 0
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert exported["format"] == "lpdesk-case"

    monkeypatch.setenv("LPDESK_HOME", str(tmp_path / "other"))
    assert main(["import", str(out)]) == 0
    again = tmp_path / "again.json"
    assert main(["export", "CP-2026-0141", "-o", str(again)]) == 0
    first, second = as_imported(exported), json.loads(again.read_text(encoding="utf-8"))
    first.pop("exported_at", None)
    second.pop("exported_at", None)
    assert first == second  # minutes approved elsewhere arrive held


def test_hostile_case_files_are_refused_without_a_traceback(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "case.json"
    assert main(["--user", MANAGER, "export", "CP-2026-0141", "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    data = json.loads(text)
    deep = text.replace(
        '"voice": {', '"voice": {"deep": ' + "[" * 100_000 + "]" * 100_000 + ", ", 1
    )
    huge_revision = copy.deepcopy(data)
    huge_revision["meetings"][0]["revision"] = 2**70
    surrogate = text.replace('"reference": "CP-2026-0141"', '"reference": "CP-\\udc80"', 1)
    year_one = copy.deepcopy(data)
    year_one["visits"][0]["visited_at"] = "0001-01-01T00:00:00"
    files = {
        "deep": deep,
        "revision": json.dumps(huge_revision),
        "surrogate": surrogate,
        "year-one": json.dumps(year_one),
    }
    db = home / "lpdesk.db"
    before = sqlite3.connect(db).execute('select count(*) from "case"').fetchone()
    for name, content in files.items():
        bad = tmp_path / f"{name}.json"
        bad.write_text(content, encoding="utf-8")
        capsys.readouterr()
        assert main(["--user", MANAGER, "import", str(bad)]) == 2, name
        err = capsys.readouterr().err
        assert "Traceback" not in err and "$" in err, (name, err)
    assert sqlite3.connect(db).execute('select count(*) from "case"').fetchone() == before


def test_a_malformed_case_file_is_refused_with_paths_and_nothing_written(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "case.json"
    assert main(["--user", MANAGER, "export", "CP-2026-0141", "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    data["reference_check"] = None
    data["visits"][0]["visited_at"] = "yesterday"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    db = home / "lpdesk.db"
    before = sqlite3.connect(db).execute('select count(*) from "case"').fetchone()
    capsys.readouterr()
    assert main(["--user", MANAGER, "import", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "$.visits[0].visited_at" in err
    assert sqlite3.connect(db).execute('select count(*) from "case"').fetchone() == before


def test_unreadable_json_is_refused(home: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    assert main(["--user", MANAGER, "import", str(bad)]) == 2


def test_backup_is_written(home: Path, tmp_path: Path) -> None:
    dest = tmp_path / "copy.db"
    assert main(["backup", str(dest)]) == 0
    con = sqlite3.connect(dest)
    assert con.execute("pragma integrity_check").fetchone() == ("ok",)
    assert con.execute('select count(*) from "case"').fetchone()[0] == 6


def test_compliance_csv(home: Path, tmp_path: Path) -> None:
    dest = tmp_path / "figures.csv"
    args = ["--user", MANAGER, "report", "compliance", "--from", "2025-11-23", "--to", "2026-11-22"]
    assert main([*args, "--csv", str(dest)]) == 0
    assert dest.read_bytes().startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM, for Excel
    lines = dest.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("period_start,period_end,scope")
    assert any(",team," in line for line in lines[1:])


def test_compliance_pdf(home: Path, tmp_path: Path) -> None:
    dest = tmp_path / "figures.pdf"
    args = ["--user", MANAGER, "report", "compliance", "--from", "2025-11-23", "--to", "2026-11-22"]
    assert main([*args, "--pdf", str(dest)]) == 0
    assert subprocess.run(["qpdf", "--check", str(dest)], capture_output=True).returncode == 0
    text = subprocess.run(
        ["pdftotext", str(dest), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Compliance report" in text and "23 November 2025 to 22 November 2026" in text
    with pytest.raises(SystemExit, match="2"):
        main([*args, "--pdf", str(dest), "--csv", str(tmp_path / "x.csv")])


def test_forms_check_names_the_file_line_and_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["forms", "check"]) == 0
    broken = tmp_path / "broken.toml"
    broken.write_text(
        '[form]\nid = "x"\nversion = 1\ntitle = "X"\nplan_kinds = ["child_protection"]\n'
        '[[section]]\nkey = "a"\ntitle = "A"\n[[section.field]]\nkey = "b"\n'
        'label = "B"\nkind = "txt"\n',
        encoding="utf-8",
    )
    capsys.readouterr()
    assert main(["forms", "check", str(broken)]) == 2
    assert "broken.toml:12: section[1].field[1].kind" in capsys.readouterr().err


def test_lpdesk_runs_as_a_module(home: Path) -> None:
    env = {**os.environ, "LPDESK_HOME": str(home), "LPDESK_LOG_LEVEL": "WARNING"}
    done = subprocess.run(
        [sys.executable, "-m", "lpdesk", "due", "--json", "--as-of", "2026-11-23"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)


def test_render_writes_a_file_named_from_the_case_reference(home: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert (
        main(["--user", MANAGER, "render", "minutes", "1", "--format", "docx", "--out", str(out)])
        == 0
    )
    (written,) = out.iterdir()
    assert written.name.startswith("CP-2026-") and written.suffix == ".docx"


def test_pack_writes_drafts_and_a_password_list(home: Path, tmp_path: Path) -> None:
    out = tmp_path / "pack"
    assert main(["--user", MANAGER, "pack", "1", "--out", str(out)]) == 0
    names = sorted(p.name for p in out.iterdir())
    assert any(n.endswith(".eml") for n in names)
    assert any(n.endswith("_passwords.txt") for n in names)
    assert all(n.startswith("CP-2026-") for n in names), "never a child's name in a file name"


def test_a_pack_in_welsh_for_a_case_on_the_welsh_profile(home: Path, tmp_path: Path) -> None:
    import email
    from email import policy

    db = sqlite3.connect(home / "lpdesk.db")
    with db:
        db.execute(
            "update \"case\" set profile_id = 'wales_cp' "
            "where id = (select case_id from meeting where id = 1)"
        )
    db.close()
    out = tmp_path / "pack"
    assert main(["--user", MANAGER, "pack", "1", "--out", str(out), "--language", "cy"]) == 0
    drafts = sorted(out.glob("*.eml"))
    assert drafts
    for path in drafts:
        msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        assert str(msg["Subject"]).startswith("Dogfennau'r grŵp craidd: CP-2026-")
    (listing,) = out.glob("*_passwords.txt")
    assert listing.read_text(encoding="utf-8").startswith("Cyfrineiriau ar gyfer pecyn dosbarthu")


def test_import_says_whom_it_matched_and_what_awaits_approval(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "case.json"
    assert main(["--user", MANAGER, "export", "CP-2026-0141", "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    data["case"]["reference"] = "CP-2026-0999"  # the same family again, as another case
    again = tmp_path / "again.json"
    again.write_text(json.dumps(data), encoding="utf-8")
    db = home / "lpdesk.db"
    people_before = sqlite3.connect(db).execute("select count(*) from person").fetchone()[0]
    capsys.readouterr()
    assert main(["--user", MANAGER, "import", str(again)]) == 0
    printed = capsys.readouterr().out
    professionals = [p for p in data["people"] if p["email"]]
    assert printed.count("matched a person already here") == len(professionals)
    assert "arrived held: approve them here" in printed
    people_after = sqlite3.connect(db).execute("select count(*) from person").fetchone()[0]
    assert people_after - people_before == len(data["people"]) - len(professionals)


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["meeting", "cancel", "9223372036854775808", "--yes"], "is not a record number"),
        (["render", "minutes", "0", "--out", "out"], "is not a record number"),
        (["meeting", "invitations", "1", "--out", "o", "--minutes", "10**9"], "whole number"),
    ],
)
def test_numbers_a_database_cannot_hold_are_refused_naming_the_argument(
    home: Path, capsys: pytest.CaptureFixture[str], argv: list[str], said: str
) -> None:
    """Found by the argument fuzz: a meeting number past 2**63 - 1 reached SQLite and ended in a
    traceback (OverflowError); now argparse refuses it, naming the argument, exit 2."""
    with pytest.raises(SystemExit) as exited:
        main(["--data-dir", str(home), *argv])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert said in err and "argument" in err and "Traceback" not in err


def test_the_parser_built_once_per_process_is_left_as_it_was_by_each_command() -> None:
    """main() parses every command with one parser (built once per process): what one command
    list gave (repeated options appended to a list) is not there for the next."""
    from lpdesk.cli import _parser

    given = ["case", "create", "--category", "neglect", "--child", "Kit Example,2019-04-02"]
    first = _parser().parse_args(given)
    assert first.category == ["neglect"] and first.child == ["Kit Example,2019-04-02"]
    second = _parser().parse_args(["case", "create"])
    assert second.category == [] and second.child == [] and second.unborn == []
    assert _parser() is _parser()
