"""Reference entries: segmentation of bibliography-like blocks, a trained field labeller (CRF)
that finds the first author and the title of an entry, parsers of explicit formats (BibTeX,
CITATION.cff, R ``bibentry``, ``.bbl``) and a family-name normaliser."""
