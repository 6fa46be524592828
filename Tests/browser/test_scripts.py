"""scripts/test on CI: a suite that cannot run (Node or pytest missing) fails the run when
CI=true, and is only skipped, loudly, elsewhere; the package test runs on CI only. Run on a copy of the script, with stand-ins
for swift, node and python3 on a PATH of their own."""
import shutil
import subprocess

import pytest

import conftest


def run_script(tmp_path, ci, node, pytest_installed):
    (tmp_path / "scripts").mkdir()
    shutil.copy(conftest.ROOT / "scripts" / "test", tmp_path / "scripts" / "test")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ["bash", "dirname", "tr"]:
        (bin_dir / tool).symlink_to(shutil.which(tool))

    def stub(path, status):
        path.write_text(f"#!/bin/sh\nexit {status}\n")
        path.chmod(0o755)

    for script in ["module-graph", "determinism", "package-test"]:  # the script's other steps, which have tests of their own
        stub(tmp_path / "scripts" / script, 0)
    fuzz = tmp_path / "scripts" / "fuzz"  # records that it ran, and how
    fuzz.write_text(f"#!/bin/sh\necho \"$@\" > {tmp_path / 'fuzz-ran'}\n")
    fuzz.chmod(0o755)
    # The package test leaves a mark when it runs.
    (tmp_path / "scripts" / "package-test").write_text('#!/bin/sh\n: > "$0.ran"\n')
    stub(bin_dir / "swift", 0)
    if node:
        stub(bin_dir / "node", 0)
    stub(bin_dir / "python3", 0 if pytest_installed else 1)  # `python3 -c "import pytest"` and the run
    env = {"PATH": str(bin_dir), "HOME": str(tmp_path)}
    if ci:
        env["CI"] = "true"
    return subprocess.run([str(tmp_path / "scripts" / "test")], env=env, capture_output=True, text=True)


@pytest.mark.parametrize("node,pytest_installed", [(False, False), (True, False), (False, True)])
def test_a_missing_suite_is_skipped_loudly_on_a_workstation(tmp_path, node, pytest_installed):
    run = run_script(tmp_path, ci=False, node=node, pytest_installed=pytest_installed)
    assert run.returncode == 0, run.stderr
    assert ("SKIPPED: node not found" in run.stderr) == (not node)
    assert ("SKIPPED: the browser and validator tests" in run.stderr) == (not pytest_installed)
    assert not (tmp_path / "fuzz-ran").exists()  # fuzzing is for CI and for hand runs
    assert not (tmp_path / "scripts" / "package-test.ran").exists()


@pytest.mark.parametrize("node,pytest_installed", [(False, False), (True, False), (False, True)])
def test_a_missing_suite_fails_the_run_on_ci(tmp_path, node, pytest_installed):
    run = run_script(tmp_path, ci=True, node=node, pytest_installed=pytest_installed)
    assert run.returncode == 1, run.stderr
    assert ("FAILED (CI=true): node not found" in run.stderr) == (not node)
    assert ("FAILED (CI=true): the browser and validator tests" in run.stderr) == (not pytest_installed)
    assert f"CI=true and {[node, pytest_installed].count(False)} suite(s) could not run" in run.stderr
    assert "SKIPPED" not in run.stderr


def test_ci_passes_when_every_suite_runs(tmp_path):
    run = run_script(tmp_path, ci=True, node=True, pytest_installed=True)
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""
    assert (tmp_path / "fuzz-ran").read_text() == "--seconds 30\n"  # the short fuzz run of every target
    assert (tmp_path / "scripts" / "package-test.ran").exists()
