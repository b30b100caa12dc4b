"""Abbreviations after which a full stop does not end a sentence (English and French)."""

from __future__ import annotations

#: Compared case-sensitively with the word before the full stop (without the stop).
ABBREVIATIONS = frozenset(
    ["Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "MR", "MRS", "MS", "DR", "PROF", "MME", "MMES", "Messrs", "Mmes", "Mme", "Mlle", "MM", "Me", "Sr", "Jr", "St", "Ste", "Hon", "Rev", "Gen", "Col", "Capt", "Lt", "Sgt", "Amb", "Md", "MD", "Mohd", "H.E", "S.E", "No", "Nos", "no", "nos", "Vol", "vol", "Art", "art", "Arts", "arts", "Para", "para", "Paras", "paras", "par", "chap", "sect", "para", "para", "p", "pp", "e.g", "i.e", "etc", "cf", "vs", "viz", "approx", "Co", "Corp", "Inc", "Ltd", "Dept", "Govt", "U.S", "U.K", "U.N", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"]
)
#: Currency prefixes written with a stop before an amount ("Rs. 48 billion", "Ksh. 200"):
#: compared like ABBREVIATIONS, and only before a digit.
CURRENCY_ABBREVIATIONS = frozenset({"Rs", "Ksh", "Kshs", "Shs", "Sh", "Tk", "Rp", "Ush", "Tsh"})
#: A single capital letter before a stop is an initial ("J. Smith") unless it is a
#: sentence-ending pronoun or a list label; these are the exceptions.
NOT_INITIALS = frozenset({"I", "A"})
#: "3 p.m." ends a sentence only when a capitalised word follows that is not a weekday.
TIME_MARKERS = frozenset({"a.m", "p.m"})
WEEKDAYS = frozenset(
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
)
