"""Shared fixtures of the privacy tests: the default de-identifier with and without its tagger."""

from __future__ import annotations

import pytest

from slava_lightning.privacy import Deidentifier


@pytest.fixture(scope="session")
def rules() -> Deidentifier:
    """The rule layers alone (``tagger=False``): what a test of a rule asserts is theirs."""
    return Deidentifier.default(tagger=False)


@pytest.fixture(scope="session")
def full() -> Deidentifier:
    """The shipped default, rules and CRF layer."""
    return Deidentifier.default()
