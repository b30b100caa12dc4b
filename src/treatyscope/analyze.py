"""The one library call: :func:`analyze` turns an input into a :class:`Review`."""

from __future__ import annotations

from treatyscope.ingest import Input, load_with_notices
from treatyscope.model import Review
from treatyscope.options import AnalyzeOptions
from treatyscope.pipeline import DEFAULT_STAGES, run_stages


def analyze(
    source: Input,
    *,
    options: AnalyzeOptions | None = None,
    timings: dict[str, float] | None = None,
) -> Review:
    """Analyze a meeting summary or summary record into a review record.

    source (str | bytes | PathLike): a path, a URL (http/https), raw bytes, or the text
        itself.  A ``str`` naming an existing file is read as a path.
    options (AnalyzeOptions | None): settings; defaults when None.
    timings (dict | None): if given, filled with seconds spent per stage ("ingest" too).
    RETURNS (Review): the record.  What could not be found is in ``review.notices``.
    RAISES: InputError, FetchError (see :mod:`treatyscope.errors`).
    """
    import time

    opts = options or AnalyzeOptions()
    start = time.perf_counter()
    loaded = load_with_notices(source, opts)
    review = Review(source=loaded.source, notices=loaded.notices)
    if timings is not None:
        timings["ingest"] = time.perf_counter() - start
    names = opts.stages or DEFAULT_STAGES
    review = run_stages(review, opts, names, timings)
    return loaded.restore.apply(review) if loaded.restore else review
