"""The one place treatyscope touches the network: fetch a URL with limits.

Tests replace :func:`http_fetch` through ``AnalyzeOptions(fetcher=...)``; no test uses it.
"""

from __future__ import annotations

import re
import urllib.error
import urllib.parse
import urllib.request
from typing import TYPE_CHECKING

from treatyscope.errors import FetchError, InputTooLarge

if TYPE_CHECKING:
    from treatyscope.options import AnalyzeOptions

ALLOWED_SCHEMES = ("http", "https")
USER_AGENT = "treatyscope (+https://pypi.org/project/treatyscope/)"


_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*://\S*")


def is_url(value: str) -> bool:
    """True if ``value`` is one absolute URL of any scheme (``x://...``), nothing else."""
    return _URL.fullmatch(value.strip()) is not None


def check_url(url: str) -> None:
    """Raise FetchError unless ``url`` is an http(s) URL with a host."""
    parsed = urllib.parse.urlparse(url)
    if parsed.scheme not in ALLOWED_SCHEMES or not parsed.netloc:
        raise FetchError(f"only http and https URLs can be fetched, not {url!r}")


def _redirect_handler(limit: int) -> urllib.request.HTTPRedirectHandler:
    """A redirect handler that follows at most ``limit`` redirects."""
    handler_class = type(
        "LimitedRedirects",
        (urllib.request.HTTPRedirectHandler,),
        {"max_redirections": limit, "max_repeats": limit},
    )
    handler: urllib.request.HTTPRedirectHandler = handler_class()
    return handler


def http_fetch(url: str, options: AnalyzeOptions) -> tuple[bytes, str, str]:
    """GET ``url``; return ``(body, content_type, final_url)``.

    Raises FetchError on any network or HTTP failure, a redirect to a non-http scheme or
    too many redirects, and InputTooLarge when the body passes ``options.max_bytes``.
    """
    check_url(url)
    opener = urllib.request.build_opener(_redirect_handler(options.max_redirects))
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with opener.open(request, timeout=options.fetch_timeout) as response:
            final_url = response.geturl()
            check_url(final_url)
            body = response.read(options.max_bytes + 1)
            content_type = response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as exc:
        raise FetchError(f"{url} answered HTTP {exc.code} {exc.reason}") from exc
    except (urllib.error.URLError, TimeoutError, OSError, ValueError) as exc:
        raise FetchError(f"could not fetch {url}: {exc}") from exc
    if len(body) > options.max_bytes:
        raise InputTooLarge(f"{url} is larger than {options.max_bytes} bytes")
    return body, content_type, final_url
