"""The Windows version resource of ``lpdesk.exe`` (what Explorer's Properties > Details, Intune and
software inventories read): product, publisher, version and description, as the version file that
PyInstaller's ``EXE(version=...)`` takes (the format ``pyi-grab_version`` prints). ``lpdesk.spec``
writes it on Windows; the text is built anywhere, so it is tested on Linux.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PRODUCT = "lpdesk"
DESCRIPTION = "lpdesk: the lead professional's desk"
PUBLISHER = "lpdesk project"  # an authority that rebuilds it puts its own name here

_TEMPLATE = """# UTF-8
VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0, OS=0x40004,
    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('080904B0', [
      StringStruct('CompanyName', {publisher!r}),
      StringStruct('FileDescription', {description!r}),
      StringStruct('FileVersion', {dotted!r}),
      StringStruct('InternalName', {product!r}),
      StringStruct('OriginalFilename', {exe!r}),
      StringStruct('ProductName', {product!r}),
      StringStruct('ProductVersion', {dotted!r})])]),
    VarFileInfo([VarStruct('Translation', [2057, 1200])])
  ]
)
"""


def project_version(root: Path = ROOT) -> tuple[int, int, int, int]:
    """``lpdesk.__version__`` ("0.1.0") as the four numbers Windows wants."""
    text = (root / "lpdesk" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'__version__ = "(\d+)\.(\d+)\.(\d+)"', text)
    if found is None:
        raise ValueError("lpdesk/__init__.py has no __version__ of the form X.Y.Z")
    major, minor, patch = (int(n) for n in found.groups())
    return major, minor, patch, 0


def version_file_text(root: Path = ROOT) -> str:
    numbers = project_version(root)
    return _TEMPLATE.format(
        numbers=numbers,
        dotted=".".join(str(n) for n in numbers),
        publisher=PUBLISHER,
        description=DESCRIPTION,
        product=PRODUCT,
        exe=f"{PRODUCT}.exe",
    )


def write_version_file(folder: Path, root: Path = ROOT) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "lpdesk-version.txt"
    path.write_text(version_file_text(root), encoding="utf-8")
    return path
