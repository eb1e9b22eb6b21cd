"""The interface's translations: ``translations/lpdesk_<lang>.ts`` (edited in Qt Linguist or any
text editor) and the ``.qm`` files the app loads (``resources/translations/``).

    .venv/bin/python scripts/translations.py update   # strings from the code into every .ts
    .venv/bin/python scripts/translations.py build    # every .ts to .qm (run by make)

``update`` reads the GUI's Python (and the compiled Designer forms) with ``ast``, because lpdesk's
modules translate through small ``_tr`` helpers that Qt's own lupdate cannot follow: each
``_tr(text)`` takes its context from the ``QCoreApplication.translate("context", ...)`` inside that
module's ``_tr``; ``self.tr(text)`` takes the enclosing class's name, as PySide6 does at run time.
Translations already in a ``.ts`` are kept; a string gone from the code is dropped.
"""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "lpdesk" / "gui"
TS_DIR = ROOT / "translations"
QM_DIR = ROOT / "resources" / "translations"
LANGUAGES = {"cy": "cy_GB"}  # Welsh; English is the source language

Message = tuple[str, str]  # (context, source text)


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _module_context(tree: ast.Module) -> str | None:
    """The context of this module's ``_tr`` helper, if it has one."""
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "_tr":
            for call in ast.walk(node):
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "translate"
                    and call.args
                ):
                    return _literal(call.args[0])
    return None


class _Finder(ast.NodeVisitor):
    def __init__(self, module_context: str | None) -> None:
        self.module_context = module_context
        self.classes: list[str] = []
        self.found: list[Message] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        if node.name != "_tr":  # the helper's own translate(context, text) is not a string
            self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "translate" and len(node.args) >= 2:
            context, text = _literal(node.args[0]), _literal(node.args[1])
            if context and text:
                self.found.append((context, text))
        elif isinstance(func, ast.Name) and func.id == "_tr" and node.args:
            text = _literal(node.args[0])
            if text and self.module_context:
                self.found.append((self.module_context, text))
        elif (
            isinstance(func, ast.Attribute)
            and func.attr == "tr"
            and isinstance(func.value, ast.Name)
            and func.value.id == "self"
            and node.args
            and self.classes
        ):
            text = _literal(node.args[0])
            if text:
                self.found.append((self.classes[-1], text))
        self.generic_visit(node)


def messages(sources: Path = SOURCES) -> list[Message]:
    """Every translatable string in the GUI, in a stable order, each once."""
    seen: dict[Message, None] = {}
    for path in sorted(sources.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        finder = _Finder(_module_context(tree))
        finder.visit(tree)
        for message in finder.found:
            seen.setdefault(message, None)
    return list(seen)


def read_ts(path: Path) -> dict[Message, tuple[str, bool]]:
    """(context, source) -> (translation, finished) for every translated message in a .ts file."""
    if not path.exists():
        return {}
    found: dict[Message, tuple[str, bool]] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is not None and translation.text:
                finished = translation.get("type") not in {"unfinished", "vanished", "obsolete"}
                found[(name, source)] = (translation.text, finished)
    return found


def write_ts(path: Path, language: str, wanted: list[Message]) -> tuple[int, int]:
    """Write ``path`` for ``wanted`` keeping known translations. Returns (translated, total)."""
    known = read_ts(path)
    root = ElementTree.Element("TS", version="2.1", language=language, sourcelanguage="en_GB")
    contexts: dict[str, ElementTree.Element] = {}
    translated = 0
    for context, source in sorted(wanted, key=lambda m: (m[0], m[1])):
        if context not in contexts:
            element = ElementTree.SubElement(root, "context")
            ElementTree.SubElement(element, "name").text = context
            contexts[context] = element
        message = ElementTree.SubElement(contexts[context], "message")
        ElementTree.SubElement(message, "source").text = source
        text, finished = known.get((context, source), ("", False))
        translation = ElementTree.SubElement(message, "translation")
        if text:
            translation.text = text
            translated += 1
        if not finished:
            translation.set("type", "unfinished")  # a Welsh speaker reviews it in Linguist
    ElementTree.indent(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ElementTree.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
    return translated, len(wanted)


def lrelease() -> Path:
    tool = Path(sys.executable).with_name("pyside6-lrelease")
    return tool if tool.exists() else Path("pyside6-lrelease")


def build(ts_dir: Path = TS_DIR, qm_dir: Path = QM_DIR) -> list[Path]:
    """Every .ts to .qm. Unfinished translations are included: a reviewed-later Welsh word helps
    more than an English one."""
    qm_dir.mkdir(parents=True, exist_ok=True)
    built = []
    for ts in sorted(ts_dir.glob("lpdesk_*.ts")):
        qm = qm_dir / (ts.stem + ".qm")
        subprocess.run([str(lrelease()), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def _update() -> Iterator[str]:
    wanted = messages()
    for code, language in LANGUAGES.items():
        done, total = write_ts(TS_DIR / f"lpdesk_{code}.ts", language, wanted)
        yield f"translations/lpdesk_{code}.ts: {done} of {total} strings translated"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["update", "build"])
    args = parser.parse_args()
    if args.action == "update":
        for line in _update():
            print(line)
    else:
        for qm in build():
            print(f"built {qm.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
