"""JSON encoding, decoding and JSON Schema of the review record, all driven by the model's type hints.

One walker over the dataclass fields serves the three jobs, so the JSON form, the decoder
and ``schema/review.schema.json`` cannot drift apart: a field added to :mod:`treatyscope.model`
appears in all three.  A :class:`~treatyscope.model.Span` is written as ``[start, end]``.
"""

from __future__ import annotations

import dataclasses
import os
import types
import typing
from functools import cache
from typing import Any, Literal, Union, get_args, get_origin

from treatyscope.model import SCHEMA_VERSION, Review, Source, Span

JSON = dict[str, Any]


# ------------------------------------------------------------------ encode
def encode(value: Any) -> Any:
    """Turn a model value into JSON-ready data (spans become ``[start, end]``)."""
    if isinstance(value, Span):
        return [value.start, value.end]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (tuple, list)):
        return [encode(v) for v in value]
    if isinstance(value, dict):
        return {str(k): encode(v) for k, v in value.items()}
    return value


def review_to_json(review: Review) -> JSON:
    """The review in the interchange format, plus the record's own fields."""
    body: JSON = encode(review)
    source = body.pop("source")
    source["length"] = review.source.length
    head: JSON = {
        "schema": SCHEMA_VERSION,
        "document": os.path.basename(review.source.origin) or review.source.origin,
        "sha256": review.source.sha256,
        "text_length": review.source.length,
        "source": source,
    }
    return head | body


# ------------------------------------------------------------------ decode
@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _is_union(tp: Any) -> bool:
    return get_origin(tp) in (Union, types.UnionType)


def decode(tp: Any, data: Any) -> Any:
    """Build a value of type ``tp`` from JSON data (the inverse of :func:`encode`)."""
    if data is None:
        return None
    if tp is Span:
        return Span(int(data[0]), int(data[1]))
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        hints = _hints(tp)
        kwargs = {
            f.name: decode(hints[f.name], data[f.name])
            for f in dataclasses.fields(tp)
            if f.name in data
        }
        return tp(**kwargs)
    if _is_union(tp):
        return _decode_union(tp, data)
    origin = get_origin(tp)
    if origin is tuple:
        args = get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(decode(args[0], v) for v in data)
        return tuple(decode(a, v) for a, v in zip(args, data, strict=True))
    if tp is float and isinstance(data, int) and not isinstance(data, bool):
        return float(data)
    return data


def _decode_union(tp: Any, data: Any) -> Any:
    """Pick the union member that fits the JSON shape: a list for tuples, else the scalar."""
    members = [a for a in get_args(tp) if a is not type(None)]
    wants_list = isinstance(data, list)
    for member in members:
        if (get_origin(member) is tuple or member is Span) == wants_list:
            return decode(member, data)
    return decode(members[0], data)


def review_from_json(data: JSON) -> Review:
    """Rebuild a :class:`Review` from :func:`review_to_json` output."""
    hints = _hints(Review)
    kwargs: dict[str, Any] = {"source": decode(Source, _source_fields(data["source"]))}
    for f in dataclasses.fields(Review):
        if f.name != "source" and f.name in data:
            kwargs[f.name] = decode(hints[f.name], data[f.name])
    return Review(**kwargs)


def _source_fields(source: JSON) -> JSON:
    names = {f.name for f in dataclasses.fields(Source)}
    return {k: v for k, v in source.items() if k in names}


# ------------------------------------------------------------------ schema
_SCALARS: dict[Any, JSON] = {
    str: {"type": "string"},
    int: {"type": "integer"},
    float: {"type": "number"},
    bool: {"type": "boolean"},
    Any: {},
}


def type_schema(tp: Any, defs: dict[str, JSON]) -> JSON:
    """JSON Schema of one type hint; dataclasses go to ``defs`` and are referenced."""
    if tp in _SCALARS:
        return dict(_SCALARS[tp])
    if tp is type(None):
        return {"type": "null"}
    if tp is Span:
        return {"$ref": "#/$defs/Span"}
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        if tp.__name__ not in defs:
            defs[tp.__name__] = {}  # placeholder against recursion
            defs[tp.__name__] = dataclass_schema(tp, defs)
        return {"$ref": f"#/$defs/{tp.__name__}"}
    if _is_union(tp):
        return {"anyOf": [type_schema(a, defs) for a in get_args(tp)]}
    origin = get_origin(tp)
    if origin is Literal:
        return {"enum": list(get_args(tp))}
    if origin is tuple:
        args = get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return {"type": "array", "items": type_schema(args[0], defs)}
        items = [type_schema(a, defs) for a in args]
        return {"type": "array", "prefixItems": items, "minItems": len(args), "maxItems": len(args)}
    if origin is dict:
        return {"type": "object"}
    raise TypeError(f"no JSON Schema for type {tp!r}")


def dataclass_schema(cls: type, defs: dict[str, JSON]) -> JSON:
    """JSON Schema of a model dataclass, with each field's ``help`` as its description."""
    hints = _hints(cls)
    props: JSON = {}
    for f in dataclasses.fields(cls):
        prop = type_schema(hints[f.name], defs)
        if "help" in f.metadata:
            prop = {"description": f.metadata["help"], **prop}
        props[f.name] = prop
    required = [f.name for f in dataclasses.fields(cls)]
    schema: JSON = {"type": "object", "properties": props, "required": required}
    if cls.__doc__:
        schema["description"] = cls.__doc__.strip().splitlines()[0]
    return schema


def review_schema() -> JSON:
    """The JSON Schema of :func:`review_to_json` output."""
    defs: dict[str, JSON] = {
        "Span": {
            "description": "[start, end) code-point offsets into source.text",
            "type": "array",
            "prefixItems": [{"type": "integer", "minimum": 0}, {"type": "integer", "minimum": 0}],
            "minItems": 2,
            "maxItems": 2,
        }
    }
    body = dataclass_schema(Review, defs)
    source = dataclass_schema(Source, defs)
    source["properties"]["length"] = {"type": "integer", "minimum": 0}
    body["properties"]["source"] = source
    head = {
        "schema": {"const": SCHEMA_VERSION},
        "document": {"type": "string"},
        "sha256": {"type": "string"},
        "text_length": {"type": "integer", "minimum": 0},
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://treatyscope.invalid/schema/review.schema.json",
        "title": "treatyscope review record",
        "description": "Generated from treatyscope.model by treatyscope.codec; do not edit.",
        "type": "object",
        "properties": head | body["properties"],
        "required": list(head) + body["required"],
        "$defs": dict(sorted(defs.items())),
    }
