"""Pattern tables and vocabularies: data, not logic (compare trafilatura's ``xpaths.py``)."""
