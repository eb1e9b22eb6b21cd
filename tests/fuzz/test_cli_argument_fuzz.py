"""The command line against generated argument lists, in-process (``main(argv)``): every verb with
random flags and values (unicode, huge and negative numbers, control characters but no NUL,
missing values, unknown flags). Whatever it is given, lpdesk exits 0, 1 or 2, prints no
traceback, and writes nothing outside its temporary folders.

Derandomized: the same argument lists every run. ``LPDESK_CLI_FUZZ_EXAMPLES`` (default 1,000;
``make soak`` runs 10,000) sets how many. Each example runs on a fresh copy of a small plain
database (an owner and one case) in a temporary data folder, from a temporary working folder
(where relative output paths land), with a temporary HOME and temporary folder."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import io
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from lpdesk.cli import build_parser, main

EXAMPLES = int(os.environ.get("LPDESK_CLI_FUZZ_EXAMPLES") or 1000)
REPO = Path(__file__).resolve().parents[2]

# Values that reach the network or hang are drawn from harmless sets only.
_URLS = (
    "x",
    "://",
    "postgresql://",
    "postgresql+psycopg://nobody@127.0.0.1:1/none",
    "postgresql+psycopg://nobody@127.0.0.1:99999/none",
    "mysql://a@b/c",
    "sqlite://",
    "sqlite:///relative.db",
    "nosuchdialect+driver://a@b/c",
    "postgresql+nosuchdriver://a@127.0.0.1:1/c",
)
_HOSTS = ("127.0.0.1", "", " ", "bad host name", "-x")
_PORTS = ("1", "0", "-1", str(2**70), "99999", "x")
_NEVER = {"--self-test", "--demo-if-empty", "--data-dir", "--smtp-oauth", "-h", "--help"}

_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=30,
)
_numbers = st.one_of(
    st.integers(min_value=1, max_value=5).map(str),
    st.integers(min_value=-(2**80), max_value=2**80).map(str),
    st.sampled_from(["1", "2", "0", "-1", "1e9", "0x10", "١٢", "inf", "nan", " 3 "]),
)
_dates = st.one_of(
    st.sampled_from(
        ["2026-12-17", "17/12/2026", "0001-01-01", "9999-12-31", "2026-02-30", "2026-12-17T10:00"]
    ),
    st.dates().map(str),
    st.datetimes().map(lambda d: d.isoformat()),
)
_paths = st.one_of(
    st.sampled_from(["out", "out.docx", "case.json", ".", "..", "sub/file.csv", "missing.json"]),
    _text.filter(lambda s: s.strip() != ""),
).map(lambda s: s.lstrip("/~") or "x")  # relative: lands in the temporary working folder
_dashes = st.sampled_from(["", "-", "--", "-x", "--json"])
_value = st.one_of(_text, _text, _numbers, _dates, _dashes)


def _verbs() -> list[tuple[list[str], argparse.ArgumentParser]]:
    """Every command (with its sub-command) and its parser."""
    found: list[tuple[list[str], argparse.ArgumentParser]] = []

    def walk(parser: argparse.ArgumentParser, prefix: list[str]) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    walk(sub, [*prefix, name])
                return
        found.append((prefix, parser))

    walk(build_parser(), [])
    return found


VERBS = _verbs()
GLOBAL_OPTIONS = ["--user", "--database-url"]
_GLOBALS = {  # built once: a parser costs ~30 ms, and drawing an example asked for one each time
    option: next(a for a in build_parser()._actions if option in a.option_strings)
    for option in GLOBAL_OPTIONS
}


def _values_for(action: argparse.Action) -> st.SearchStrategy[str]:
    flag = (action.option_strings or [action.dest])[-1]
    if flag == "--database-url":
        return st.one_of(st.sampled_from(_URLS), _text)
    if flag == "--smtp-host":
        return st.sampled_from(_HOSTS)
    if flag == "--smtp-port":
        return st.sampled_from(_PORTS)
    if action.choices:
        choices = st.sampled_from([str(c) for c in action.choices])
        return st.one_of(choices, choices, choices, _value)
    kind = getattr(action.type, "__name__", "")
    if kind == "Path" or action.dest in ("file", "files", "out", "output", "csv", "xlsx", "pdf"):
        return _paths
    if kind in ("int", "number", "record_number") or action.dest.endswith(("_id", "id")):
        return st.one_of(_numbers, _numbers, _numbers, _value)
    if kind == "fromisoformat" or action.dest.endswith(("_on", "_at", "at", "on", "of")):
        return st.one_of(_dates, _dates, _dates, _value)
    return st.one_of(_value, st.sampled_from(["CP-2026-0001", "ana.lp", "lead_professional"]))


@st.composite
def argument_lists(draw: st.DrawFn) -> list[str]:
    verb, parser = draw(st.sampled_from(VERBS))
    actions = [
        a
        for a in parser._actions
        if not isinstance(a, argparse._HelpAction) and not (set(a.option_strings) & _NEVER)
    ]
    argv: list[str] = []
    for option in draw(st.lists(st.sampled_from(GLOBAL_OPTIONS), max_size=2)):
        argv += [option, draw(_values_for(_global(option)))]
    argv += verb
    for action in actions:  # positionals: usually given, sometimes missing
        if not action.option_strings and draw(st.integers(0, 5)) != 5:
            count = 2 if action.nargs == "*" and draw(st.booleans()) else 1
            argv += [draw(_values_for(action)) for _ in range(count)]
    options = [a for a in actions if a.option_strings]
    required = [a for a in options if a.required and draw(st.integers(0, 7)) != 7]
    chosen = draw(st.lists(st.sampled_from(options), max_size=5)) if options else []
    for action in required + chosen:
        argv.append(draw(st.sampled_from(action.option_strings)))
        if action.nargs != 0 and draw(st.integers(0, 9)) != 9:  # now and then a missing value
            argv.append(draw(_values_for(action)))
    if draw(st.integers(0, 19)) == 19:
        argv.insert(draw(st.integers(0, len(argv))), draw(st.sampled_from(["--nope", "-z"])))
    return argv


def _global(option: str) -> argparse.Action:
    return _GLOBALS[option]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A plain data folder holding the desk's owner (an LP) and one case."""
    data = tmp_path_factory.mktemp("cli-fuzz-template")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("LPDESK_ENCRYPTION", "off")
        mp.setenv("LPDESK_LOG_LEVEL", "WARNING")
        for name in ("LPDESK_USER", "LPDESK_DATABASE_URL", "LPDESK_PASSWORD_FILE"):
            mp.delenv(name, raising=False)
        run = ["--data-dir", str(data)]
        owner = ["user", "add", "ana.lp", "--name", "Ana Example", "--role", "lead_professional"]
        assert main([*run, *owner]) == 0
        case = ["case", "create", "--reference", "CP-2026-0001", "--child", "Kit Example"]
        main([*run, *case, "--conference-on", "2026-11-02", "--lead", "ana.lp"])
    yield data


def _listing(folder: Path) -> set[str]:
    try:
        return set(os.listdir(folder))
    except OSError:
        return set()


@contextlib.contextmanager
def _sandbox(template: Path) -> Iterator[Path]:
    root = Path(tempfile.mkdtemp(prefix="lpdesk-cli-fuzz-"))
    try:
        data, work, home, tmp = (root / n for n in ("data", "work", "home", "tmp"))
        shutil.copytree(template, data)
        for folder in (work, home, tmp):
            folder.mkdir()
        with pytest.MonkeyPatch.context() as mp:
            mp.chdir(work)
            mp.setenv("HOME", str(home))
            mp.setenv("TMPDIR", str(tmp))
            mp.setattr(tempfile, "tempdir", str(tmp))
            mp.setenv("LPDESK_ENCRYPTION", "off")
            mp.setenv("LPDESK_LOG_LEVEL", "WARNING")
            for name in ("LPDESK_USER", "LPDESK_DATABASE_URL", "LPDESK_PASSWORD_FILE"):
                mp.delenv(name, raising=False)
            mp.setattr(getpass, "getpass", lambda prompt="": "a fuzzed password 1")
            yield data
    finally:
        shutil.rmtree(root, ignore_errors=True)


def run_cli(template: Path, argv: list[str]) -> tuple[int, str]:
    outside = (REPO, Path.home(), Path(tempfile.gettempdir()))
    before = [_listing(f) for f in outside]
    out, err = io.StringIO(), io.StringIO()
    quiet = contextlib.redirect_stdout(out), contextlib.redirect_stderr(err)
    with _sandbox(template) as data, quiet[0], quiet[1]:
        try:
            code = main(["--data-dir", str(data), *argv])
        except SystemExit as stop:  # argparse: a usage error (2)
            code = stop.code if isinstance(stop.code, int) else 2
            print("(a usage error)", file=err)
    after = [_listing(f) for f in outside]
    noise = (".pytest_cache", ".hypothesis", "__pycache__", ".mypy_cache", ".ruff_cache")
    repo_or_home = [n for was, now in zip(before[:2], after[:2], strict=True) for n in now - was]
    # the shared temporary folder: other programs (other test runs) come and go there; only
    # lpdesk's own names carrying this process's id count
    mine = str(os.getpid())
    in_tmp = [
        n for n in after[2] - before[2] if n.startswith(("lpdesk-preview", ".lpdesk")) and mine in n
    ]
    tools = [n for n in repo_or_home if n in noise or (n.startswith(".") and "cache" in n)]
    created = [n for n in repo_or_home if n not in tools] + in_tmp
    assert not created, f"{argv!r} wrote outside its folders: {created}"
    return code, err.getvalue()


@pytest.mark.slowest
@settings(
    max_examples=EXAMPLES,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(argv=argument_lists())
def test_any_argument_list_exits_0_1_or_2_without_a_traceback(template: Path, argv: list[str]):
    code, err = run_cli(template, argv)
    # --hypothesis-show-statistics: how many reached each outcome
    event("a usage error" if err.endswith("(a usage error)\n") else f"exit {code}")
    assert code in (0, 1, 2), (argv, code, err[-2000:])
    assert "Traceback" not in err, (argv, err[-2000:])


@pytest.mark.parametrize(
    ("argv", "field"),
    [
        (["--database-url", "x", "due"], "database_url"),
        (["--database-url", "nosuchdialect+driver://a@b/c", "due"], "database_url"),
        (["--database-url", "mysql://a@b/c", "due"], "database_url"),
    ],
)
def test_found_by_the_fuzz_a_bad_argument_is_named(template: Path, argv: list[str], field: str):
    """Each traceback the fuzz found, now a refusal naming the argument (exit 2)."""
    code, err = run_cli(template, argv)
    assert code == 2 and f"  {field}:" in err, err


def test_found_by_the_fuzz_an_unreachable_team_database_is_a_sentence(template: Path):
    url = "postgresql+psycopg://nobody@127.0.0.1:1/none"
    code, err = run_cli(template, ["--database-url", url, "due"])
    assert code == 1 and "the team database cannot be reached" in err, err
