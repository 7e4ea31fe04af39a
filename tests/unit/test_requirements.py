"""Reading an app's requirements (wasmlit/requirements.py): requirements.txt, PEP 723 inline
metadata, markers evaluated for the browser, extras, and `streamlit` (wasmlit stands in)."""

from pathlib import Path

import pytest

from wasmlit.requirements import (RequirementError, applies, browser_environment, gather,
                                  is_provided, parse, read_requirements, script_dependencies)


def test_requirements_txt_keeps_requirements_and_drops_comments_and_options(tmp_path):
    (tmp_path / "more.txt").write_text("humanize>=4  # included\n")
    req = tmp_path / "requirements.txt"
    req.write_text(
        "# a comment\n"
        "\n"
        "pandas>=2 # trailing comment\n"
        "--index-url https://example.invalid/simple\n"
        "-r more.txt\n"
        "rich[jupyter]==14.0 \\\n"
        "    --hash=sha256:abc\n"
        "tomli; python_version < '3.11'\n"
        "url-frag#not-a-comment\n")
    assert read_requirements(req) == [
        "pandas>=2", "humanize>=4", "rich[jupyter]==14.0", "tomli; python_version < '3.11'",
        "url-frag#not-a-comment"]


def test_an_included_file_that_does_not_exist_is_an_error(tmp_path):
    req = tmp_path / "requirements.txt"
    req.write_text("-r nope.txt\n")
    with pytest.raises(RequirementError, match="nope.txt"):
        read_requirements(req)


def test_pep_723_inline_dependencies(tmp_path):
    script = tmp_path / "app.py"
    script.write_text(
        "# /// script\n"
        "# requires-python = '>=3.12'\n"
        "# dependencies = [\n"
        "#   'pydantic>=2',\n"
        "#   'humanize',\n"
        "# ]\n"
        "# ///\n"
        "import streamlit as st\n")
    assert script_dependencies(script) == ["pydantic>=2", "humanize"]


def test_a_script_without_metadata_or_with_another_block_has_no_dependencies(tmp_path):
    script = tmp_path / "app.py"
    script.write_text("# /// pyproject\n# x = 1\n# ///\nimport streamlit as st\n")
    assert script_dependencies(script) == []


def test_bad_pep_723_metadata_is_an_error_naming_the_script(tmp_path):
    script = tmp_path / "app.py"
    script.write_text("# /// script\n# dependencies = 'pandas'\n# ///\n")
    with pytest.raises(RequirementError, match="app.py"):
        script_dependencies(script)
    script.write_text("# /// script\n# dependencies = [\n# ///\n")
    with pytest.raises(RequirementError, match="not valid TOML"):
        script_dependencies(script)


def test_gather_combines_requirements_txt_wheels_and_inline_metadata(tmp_path):
    (tmp_path / "wheels").mkdir()
    wheel = tmp_path / "wheels" / "mylib-1.0-py3-none-any.whl"
    wheel.write_bytes(b"")
    (tmp_path / "requirements.txt").write_text("humanize\nwheels/mylib-1.0-py3-none-any.whl\n")
    app = tmp_path / "app.py"
    app.write_text("# /// script\n# dependencies = ['pydantic']\n# ///\n")
    found = gather(app)
    assert [line for line, _ in found.lines] == ["humanize", "pydantic"]
    assert found.lines[1][1] == "app.py (# /// script)"
    assert found.wheels == [wheel.resolve()]
    # only_script: the script's own metadata still counts, requirements.txt does not
    assert [line for line, _ in gather(app, only_script=True).lines] == ["pydantic"]


def test_gather_names_a_missing_wheel_and_a_missing_requirements_file(tmp_path):
    app = tmp_path / "app.py"
    app.write_text("")
    (tmp_path / "requirements.txt").write_text("gone-1.0-py3-none-any.whl\n")
    with pytest.raises(RequirementError, match="gone-1.0-py3-none-any.whl"):
        gather(app)
    with pytest.raises(RequirementError, match="no such requirements file"):
        gather(app, Path(tmp_path / "other.txt"))
    assert not gather(tmp_path / "app.py", only_script=True)


def test_markers_are_evaluated_for_pyodide_in_the_browser():
    env = browser_environment("3.14.2", "emscripten_5_0_3", "wasm32")
    assert env["sys_platform"] == "emscripten" and env["platform_machine"] == "wasm32"
    assert env["python_version"] == "3.14" and env["platform_release"] == "5.0.3"
    yes = ["sys_platform == 'emscripten'", "platform_system == 'Emscripten'",
           "python_version >= '3.14'", "implementation_name == 'cpython'", "os_name == 'posix'"]
    no = ["sys_platform == 'win32'", "sys_platform == 'linux'", "python_version < '3.11'",
          "platform_machine == 'x86_64'"]
    for marker in yes:
        assert applies(parse(f"x; {marker}"), env), marker
    for marker in no:
        assert not applies(parse(f"x; {marker}"), env), marker


def test_extras_switch_on_the_dependencies_they_name():
    env = browser_environment()
    dep = parse("markdown-it-py[linkify]; extra == 'jupyter'")
    assert dep.extras == {"linkify"}
    assert not applies(dep, env)
    assert applies(dep, env, {"jupyter"})
    assert not applies(dep, env, {"other"})
    assert applies(parse("colorama; extra == 'win' or sys_platform == 'emscripten'"), env)


def test_streamlit_is_provided_by_wasmlit_whatever_the_spelling():
    assert is_provided("streamlit") and is_provided("Streamlit") and is_provided("wasmlit")
    assert not is_provided("streamlit-extras")


def test_an_invalid_requirement_names_its_source():
    with pytest.raises(RequirementError, match="requirements.txt.*pandas>>2"):
        parse("pandas>>2", "requirements.txt")
