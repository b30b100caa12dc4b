"""Language data for the detect stage: the six UN languages and stop words for a cheap pre-check.

The pre-check counts very frequent function words.  Each list holds words that are common in
its language and rare as words of the other listed languages, so that a clear majority is
evidence on its own; anything less clear goes to the statistical detector (lingua).
"""

from __future__ import annotations

#: ISO 639-1 codes of the six official UN languages, the only ones the detector considers.
UN_LANGUAGES: tuple[str, ...] = ("en", "fr", "es", "ru", "ar", "zh")
#: The languages treatyscope reads: their headings, speakers, questions and numbers.
READ_LANGUAGES: tuple[str, ...] = ("en", "fr")
#: English names of the languages, for notices.
LANGUAGE_NAMES: dict[str, str] = {"en": "English", "fr": "French", "es": "Spanish",
                                  "ru": "Russian", "ar": "Arabic", "zh": "Chinese"}

#: Function words per language, compared with lower-cased words of the text.
STOP_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset({
        "the", "of", "and", "to", "that", "was", "were", "is", "are", "for", "with", "by",
        "its", "this", "which", "from", "had", "has", "have", "be", "been", "it", "as", "at",
        "an", "would", "their", "they", "he", "she", "said", "asked"
    }),
    "fr": frozenset({
        "le", "les", "des", "du", "et", "est", "une", "qui", "dans", "pour", "sur", "au", "aux",
        "été", "il", "elle", "ce", "cette", "sont", "ont", "pas", "ses", "leur", "leurs",
        "avait", "était", "selon", "ainsi", "également"
    }),
    "es": frozenset({
        "el", "los", "las", "del", "y", "es", "una", "por", "con", "para", "su", "sus", "como",
        "más", "fue", "ha", "han", "muy", "sobre", "también"
    }),
}
