"""The lazy ``slava_lightning.data`` namespace: every exported name resolves from its module."""

from __future__ import annotations

import importlib

import pytest

import slava_lightning.data as data


def test_every_exported_name_resolves_to_its_module_attribute():
    assert sorted(data.__all__) == sorted(data._HOMES)
    for name in data.__all__:
        home = importlib.import_module(data._HOMES[name])
        assert getattr(data, name) is getattr(home, name)
    assert set(data.__all__) <= set(dir(data))


def test_unknown_name_raises_attribute_error():
    with pytest.raises(AttributeError, match="NotAThing"):
        data.NotAThing  # noqa: B018
