"""Real readers for the document tests: poppler, qpdf and LibreOffice."""

from __future__ import annotations

import subprocess
from pathlib import Path

from lpdesk.documents.text import normalise_extracted
from lpdesk.documents.tree import Document, FieldTable, Heading, Paragraph, SignatureBlock, Table


def run(*args: str | Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=timeout)


def pdftotext(path: Path, first: int | None = None, last: int | None = None) -> str:
    pages = [*(["-f", str(first)] if first else []), *(["-l", str(last)] if last else [])]
    result = run("pdftotext", *pages, path, "-")
    assert result.returncode == 0, result.stderr
    return result.stdout


def qpdf_check(path: Path) -> None:
    result = run("qpdf", "--check", path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors" in result.stdout


def pdffonts(path: Path) -> list[list[str]]:
    """Rows of pdffonts: name, type, encoding, emb, sub, uni, object id (names have no spaces)."""
    result = run("pdffonts", path)
    assert result.returncode == 0, result.stderr
    rows = [line.split() for line in result.stdout.splitlines()[2:] if line.strip()]
    return [[r[0], " ".join(r[1:-6]), *r[-6:]] for r in rows]


def assert_fonts_embedded(path: Path) -> None:
    rows = pdffonts(path)
    assert rows, "no fonts"
    not_embedded = [r[0] for r in rows if r[3] != "yes"]
    assert not not_embedded, f"fonts not embedded: {not_embedded}"


def page_count(path: Path) -> int:
    for line in run("pdfinfo", path).stdout.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    raise AssertionError("pdfinfo gave no page count")


def squash(text: str) -> str:
    """Comparable text: NFKC, no bidi marks, no white space at all (lines wrap differently)."""
    return "".join(normalise_extracted(text).split())


def tree_strings(doc: Document) -> list[str]:
    """Every piece of text the tree says, one line at a time."""
    texts: list[str] = [doc.meta.title]
    for block in doc.blocks:
        match block:
            case Heading(text=text):
                texts.append(text)
            case Paragraph():
                texts.extend(block.text.split("\n"))
            case FieldTable(rows=rows):
                for label, value in rows:
                    texts.append(label)
                    texts.extend(value.split("\n"))
            case Table(header=header, rows=rows):
                texts.extend(header)
                for row in rows:
                    for cell in row:
                        texts.extend(cell.split("\n"))
            case SignatureBlock(labels=labels):
                texts.extend(labels)
    return [t for t in texts if t.strip()]


def missing_from(extracted: str, expected: list[str]) -> list[str]:
    haystack = squash(extracted)
    return [t for t in expected if squash(t) not in haystack]


class LibreOffice:
    """soffice headless with one user profile for the whole test session; several files per call
    (each call costs about a second)."""

    def __init__(self, profile: Path) -> None:
        self.profile = profile

    def convert(self, files: list[Path], fmt: str, outdir: Path) -> list[Path]:
        outdir.mkdir(parents=True, exist_ok=True)
        result = run(
            "soffice",
            "--headless",
            "--norestore",
            f"-env:UserInstallation=file://{self.profile}",
            "--convert-to",
            fmt,
            "--outdir",
            outdir,
            *files,
            timeout=300,
        )
        suffix = "." + fmt.split(":")[0]
        outputs = [outdir / (f.stem + suffix) for f in files]
        missing = [p.name for p in outputs if not p.exists()]
        assert not missing, f"LibreOffice did not convert {missing}: {result.stdout}{result.stderr}"
        return outputs

    def to_text(self, files: list[Path], outdir: Path) -> dict[Path, str]:
        outputs = self.convert(files, "txt:Text (encoded):UTF8", outdir)
        return {
            f: out.read_text(encoding="utf-8-sig") for f, out in zip(files, outputs, strict=True)
        }
