"""schema/review.schema.json is generated from the model, current, and every record validates."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from treatyscope.codec import review_schema
from treatyscope.model import Review

SCHEMA_FILE = Path(__file__).resolve().parent.parent / "schema" / "review.schema.json"


def test_schema_file_is_current() -> None:
    on_disk = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert on_disk == review_schema(), "run `make schema` to regenerate schema/review.schema.json"


def test_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(review_schema())


def test_sample_record_validates(sample_review: Review) -> None:
    jsonschema.Draft202012Validator(review_schema()).validate(sample_review.to_json())


def test_corpus_records_validate(corpus_reviews: dict[str, Review]) -> None:
    validator = jsonschema.Draft202012Validator(review_schema())
    for doc, review in corpus_reviews.items():
        errors = list(validator.iter_errors(review.to_json()))
        assert not errors, f"{doc}: {errors[0].message}"


def test_schema_rejects_a_broken_record(sample_review: Review) -> None:
    data = sample_review.to_json()
    data["turns"][0]["span"] = "not a span"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(review_schema()).validate(data)
