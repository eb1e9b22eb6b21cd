"""Documents: one neutral tree, two renderers, a builder per document kind.

- ``tree``: ``Document``, its blocks, ``strip_restricted``.
- ``context``: the plain inputs builders take (assembled by the services).
- ``builders``: ``build_minutes``, ``build_plan``, ``build_invitation``, ... each -> ``Document``.
- ``pdf_renderer.render_pdf`` and ``docx_renderer.render_docx`` -> ``output.RenderedFile``.
- ``pdfa.to_pdfa``: the PDF/A-2b archive copy. ``template.WordTemplate``: an authority's base.

Nothing is imported here: reportlab and python-docx load only when a document is rendered.
"""
