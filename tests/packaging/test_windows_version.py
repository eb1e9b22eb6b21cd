"""The Windows version resource and the icon the spec gives lpdesk.exe (built here, read back)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

from windows_version import project_version, version_file_text  # noqa: E402

from lpdesk import __version__  # noqa: E402


def test_the_version_resource_carries_the_project_version_and_names() -> None:
    numbers = project_version()
    assert ".".join(str(n) for n in numbers[:3]) == __version__
    text = version_file_text()
    dotted = ".".join(str(n) for n in numbers)
    assert f"StringStruct('FileVersion', '{dotted}')" in text
    assert f"filevers={numbers}" in text
    assert "StringStruct('ProductName', 'lpdesk')" in text
    assert "StringStruct('OriginalFilename', 'lpdesk.exe')" in text
    assert "'080904B0'" in text  # English (United Kingdom)


def test_the_version_file_is_the_expression_pyinstaller_evaluates() -> None:
    """PyInstaller evaluates the file with its version classes in scope (their module needs pefile,
    which only Windows builds install): evaluate it the same way with recording stand-ins."""

    def record(name: str):  # type: ignore[no-untyped-def]
        return lambda *args, **kwargs: (name, args, kwargs)

    names = ["VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct"]
    names += ["VarFileInfo", "VarStruct"]
    tree = eval(version_file_text(), {name: record(name) for name in names})
    assert tree[0] == "VSVersionInfo"
    fixed = tree[2]["ffi"]
    assert fixed[2]["filevers"] == project_version()
    kids = tree[2]["kids"]
    assert [kid[0] for kid in kids] == ["StringFileInfo", "VarFileInfo"]


def test_the_icon_holds_every_size_windows_asks_for() -> None:
    from PIL import Image

    with Image.open(ROOT / "resources" / "icons" / "lpdesk.ico") as icon:
        sizes = set(icon.info["sizes"])
    assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= sizes


def test_the_committed_icon_is_what_the_script_draws(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ROOT / "scripts"))
    import make_icon

    monkeypatch.setattr(make_icon, "OUT", tmp_path)
    make_icon.main()
    committed = ROOT / "resources" / "icons" / "lpdesk.png"
    assert (tmp_path / "lpdesk.png").read_bytes() == committed.read_bytes()


def test_the_installer_source_is_well_formed_and_takes_the_bundle_as_built() -> None:
    from xml.etree import ElementTree

    wxs = ROOT / "packaging" / "windows" / "lpdesk.wxs"
    tree = ElementTree.parse(wxs)
    ns = {"w": "http://wixtoolset.org/schemas/v4/wxs"}
    package = tree.getroot().find("w:Package", ns)
    assert package is not None
    assert package.get("Version") == "$(var.Version)"
    assert package.get("Scope") == "perMachine"  # program per machine, data per user
    icon = tree.getroot().find(".//w:Icon", ns)
    assert icon is not None
    # the spec copies resources/ into the bundle's _internal folder: the icon is there
    relative = icon.get("SourceFile", "").split("\\_internal\\", 1)[1].replace("\\", "/")
    assert (ROOT / relative).is_file()
    assert tree.getroot().find(".//w:Files", ns) is not None
