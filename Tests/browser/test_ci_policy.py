"""A test that cannot run (a tool missing) skips loudly on a workstation and fails on CI."""
import pytest

import conftest


def test_cannot_run_skips_loudly_outside_ci(monkeypatch):
    monkeypatch.setattr(conftest, "IN_CI", False)
    with pytest.raises(pytest.skip.Exception, match="^SKIPPED LOUDLY: chromium is missing$"):
        conftest.cannot_run("chromium is missing")


def test_cannot_run_fails_on_ci(monkeypatch):
    monkeypatch.setattr(conftest, "IN_CI", True)
    with pytest.raises(pytest.fail.Exception, match="CI=true, so this fails instead of skipping: chromium is missing"):
        conftest.cannot_run("chromium is missing")


def test_a_missing_module_is_the_same(monkeypatch):
    assert conftest.require_module("json", "never shown").dumps([]) == "[]"
    monkeypatch.setattr(conftest, "IN_CI", True)
    with pytest.raises(pytest.fail.Exception, match="no_such_module is not installed"):
        conftest.require_module("no_such_module", "no_such_module is not installed")
