"""Test set-up for the whole repository: doctests that need pandas skip when it is absent."""

from __future__ import annotations

import importlib.util

import pytest
import regex
from _pytest.doctest import DoctestItem

# An example that calls quotekit's data-frame helpers needs pandas, an optional extra.
NEEDS_PANDAS_RE = regex.compile(r"\b(?:to_frame|to_pandas)\(|\bimport pandas\b")


def pytest_runtest_setup(item: pytest.Item) -> None:
    """Skip a doctest whose examples use pandas when pandas is not installed."""
    if not isinstance(item, DoctestItem) or item.dtest is None:
        return
    source = "".join(example.source for example in item.dtest.examples)
    if NEEDS_PANDAS_RE.search(source) and importlib.util.find_spec("pandas") is None:
        pytest.skip("pandas is not installed (pip install 'quotekit[pandas]')")
