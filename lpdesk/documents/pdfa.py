"""The PDF/A-2b archive copy: XMP metadata declaring ``pdfaid`` part 2, conformance B, agreeing
with the document information, and an sRGB output intent. Never encrypted (PDF/A forbids it).

The renderer already embeds every font and writes a document ID. There is no veraPDF here, so
tests check the structure with qpdf, pdffonts and pdfinfo. The sRGB profile is the one shipped
inside pikepdf; saving uses a content-derived ID so the same input gives the same bytes.
"""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path

__all__ = ["to_pdfa"]


@cache
def _srgb_profile() -> bytes:
    import pikepdf

    return (Path(pikepdf.__file__).parent / "pdfa" / "data" / "sRGB.icc").read_bytes()


def to_pdfa(pdf_bytes: bytes) -> bytes:
    """An archive (PDF/A-2b) copy of an unencrypted PDF rendered by ``render_pdf``."""
    import pikepdf

    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        if pdf.is_encrypted:
            raise ValueError("an encrypted PDF cannot be made PDF/A")
        profile = pikepdf.Stream(pdf, _srgb_profile())
        profile.N = 3
        intent = pikepdf.Dictionary(
            Type=pikepdf.Name.OutputIntent,
            S=pikepdf.Name.GTS_PDFA1,
            OutputConditionIdentifier="sRGB IEC61966-2.1",
            Info="sRGB IEC61966-2.1",
            RegistryName="http://www.color.org",
            DestOutputProfile=profile,
        )
        pdf.Root.OutputIntents = pikepdf.Array([pdf.make_indirect(intent)])
        if "/Trapped" in pdf.docinfo:  # no XMP equivalent in PDF/A-2
            del pdf.docinfo["/Trapped"]
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta.load_from_docinfo(pdf.docinfo)
            meta["pdfaid:part"] = "2"
            meta["pdfaid:conformance"] = "B"
        out = io.BytesIO()
        pdf.save(out, deterministic_id=True)
        return out.getvalue()
