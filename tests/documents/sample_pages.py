"""Render sample minutes and plans of the fictional case to PNG pages, to look at them.

    .venv/bin/python -m tests.documents.sample_pages [OUTDIR]     (default /tmp/lpdesk-pages)

Writes the PDFs and Word files, and one PNG per PDF page (pdftoppm -r 60).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from lpdesk.documents.docx_renderer import render_docx
from lpdesk.documents.pdf_renderer import render_pdf
from tests.documents.conftest import all_documents

SAMPLES = ("minutes", "cp_plan", "girfec_plan", "child_plan", "review_report")


def render_samples(outdir: Path, names: tuple[str, ...] = SAMPLES) -> list[Path]:
    """The PNG pages written, in order."""
    outdir.mkdir(parents=True, exist_ok=True)
    documents = all_documents()
    pages: list[Path] = []
    for name in names:
        doc = documents[name]
        pdf = outdir / f"{name}.pdf"
        pdf.write_bytes(render_pdf(doc).data)
        (outdir / f"{name}.docx").write_bytes(render_docx(doc).data)
        for old in outdir.glob(f"{name}-*.png"):
            old.unlink()
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(outdir / name)], check=True)
        pages.extend(sorted(outdir.glob(f"{name}-*.png")))
    return pages


def main() -> None:
    outdir = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/lpdesk-pages")
    for page in render_samples(outdir):
        print(page)


if __name__ == "__main__":
    main()
