"""The README's tables are derived from the rule and reporter registries: keep them in step."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factcheck.reporters import REPORTERS
from factcheck.rules import RULES

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")


def test_rules_table_matches_the_rule_registry() -> None:
    rows = re.findall(r"^\| (FC\d{3}) \| ([a-z-]+) \| (error|warning|info) \|", README, re.M)
    assert rows == [(r.code, r.name, r.severity) for r in RULES.values()]


def test_every_rule_module_documents_itself() -> None:
    for rule in RULES.values():
        assert rule.doc.startswith(f"{rule.code} {rule.name}:"), rule.code
        assert "Example" in rule.doc or rule.code == "FC109", rule.code


def test_formats_listed_in_the_readme_are_the_reporters() -> None:
    line = next(ln for ln in README.splitlines() if ln.startswith("| `-f, --format NAME` |"))
    assert re.findall(r"`([a-z]+)`", line.split("|")[2]) == ["auto", *REPORTERS]


def test_rule_pages_are_current() -> None:
    from factcheck.docs import DOCS_DIR, pages, stale

    assert stale() == [], "docs/rules is stale: run 'python -m factcheck.docs'"
    assert sorted(p.name for p in DOCS_DIR.glob("*.md")) == sorted(pages())
    assert set(pages()) == {f"{code}.md" for code in RULES} | {"README.md"}


def test_rule_docs_check_fails_on_a_stale_page(tmp_path: Path) -> None:
    from factcheck.docs import stale, write

    assert sorted(write(tmp_path)) == [*sorted(f"{c}.md" for c in RULES), "README.md"]
    assert stale(tmp_path) == []
    (tmp_path / "FC101.md").write_text("old\n", encoding="utf-8")
    (tmp_path / "FC999.md").write_text("gone\n", encoding="utf-8")
    assert stale(tmp_path) == ["FC101.md", "FC999.md"]
    write(tmp_path)
    assert stale(tmp_path) == [] and not (tmp_path / "FC999.md").exists()


def test_each_rule_page_holds_its_docstring() -> None:
    from factcheck.docs import DOCS_DIR

    for rule in RULES.values():
        page = (DOCS_DIR / f"{rule.code}.md").read_text(encoding="utf-8")
        assert page.splitlines()[2] == f"# {rule.code} {rule.name}"
        assert rule.doc.strip().partition("\n")[2].strip() in page


REPO = "https://git.example.org/desk/factcheck"


@pytest.mark.parametrize(("env", "setting", "urls", "expected"), [
    pytest.param("https://m.example/{code}", "https://c.example/{code}", {"repository": REPO},
                 "https://m.example/{code}", id="environment-first"),
    pytest.param(None, "https://c.example/{code}", {"repository": REPO}, "https://c.example/{code}",
                 id="config"),
    pytest.param(None, None,
                 {"rules": "https://docs.example/rules/{code}.html", "repository": REPO},
                 "https://docs.example/rules/{code}.html", id="project-urls-rules-template"),
    pytest.param(None, None, {"repository": REPO + "/"}, REPO + "/blob/main/docs/rules/{code}.md",
                 id="project-urls-repository"),
    pytest.param(None, None, {"source": REPO}, REPO + "/blob/main/docs/rules/{code}.md",
                 id="project-urls-source"),
    pytest.param(None, None, {"homepage": "https://example.org"}, None,
                 id="nothing-says-where-the-pages-are"),
])
def test_sarif_help_uri_is_derived_never_guessed(env: str | None, setting: str | None,
                                                 urls: dict[str, str], expected: str | None,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck.docs import ENV_RULE_DOCS_URL, rule_docs_url

    if env:
        monkeypatch.setenv(ENV_RULE_DOCS_URL, env)
    else:
        monkeypatch.delenv(ENV_RULE_DOCS_URL, raising=False)
    assert rule_docs_url(setting, urls) == expected


def test_the_installed_project_urls_hold_no_placeholder(monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck.docs import ENV_RULE_DOCS_URL, information_uri, project_urls, rule_docs_url

    monkeypatch.delenv(ENV_RULE_DOCS_URL, raising=False)
    for url in (rule_docs_url(), information_uri(), *project_urls().values()):
        assert url is None or ("OWNER" not in url and url.startswith("https://")), url


