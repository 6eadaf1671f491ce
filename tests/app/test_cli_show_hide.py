"""``journeyline export --show KINDS --hide KINDS``: the command line chooses what the poster and
the images show (the canvas's View toggles, declared once as the registry's option SHOW), read
back from the files it writes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.main import main
from exporters.formats import FORMATS, SHOW, owners
from models.document import Document
from models.view_options import MapToggles

ROOT = Path(__file__).resolve().parents[2]


def squash(text: str) -> str:
    return "".join(text.split())


def pdf_text(path: Path) -> str:
    """The text of the map and the station details: every page but the summary (the
    director's one-pager names the top pain points whatever the map shows)."""
    reader = PdfReader(path)
    outline = [e for entries in reader.outline if isinstance(entries, list) for e in entries]
    summary = {reader.get_destination_page_number(e) for e in outline if e.title == "Summary"}
    assert len(summary) == 1
    return squash(
        " ".join(p.extract_text() or "" for i, p in enumerate(reader.pages) if i not in summary)
    )


def texts_of_a_full_station(workshop: Path) -> dict[str, str]:
    """A need, a pain point and a quote of one station of the sample (squashed)."""
    with Document.open(workshop) as document:
        journey = document.journeys()[0]
        snap = document.snapshot(journey.id)
        s = next(s for s in snap.stations if s.needs and s.pain_points and s.quotes)
        return {
            "journey": journey.name,
            "needs": squash(s.needs[0]),
            "pain-points": squash(s.pain_points[0]),
            "quotes": squash(s.quotes[0]["text"]),
        }


def journeyline(*args: str) -> subprocess.CompletedProcess[str]:
    """The command line as a user runs it, in a process of its own."""
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_show_and_hide_decide_what_the_poster_prints(workshop_path: Path, tmp_path: Path):
    texts = texts_of_a_full_station(workshop_path)
    out = tmp_path / "poster.pdf"
    done = journeyline(
        "export", str(workshop_path), "-o", str(out), "--journey", texts["journey"],
        "--paper", "A3", "--show", "quotes", "--hide", "needs,pain-points",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    text = pdf_text(out)
    assert texts["quotes"] in text, "shown: the quote"
    assert texts["needs"] not in text and texts["pain-points"] not in text, "hidden"

    done = journeyline(
        "export", str(workshop_path), "-o", str(out), "--journey", texts["journey"],
        "--paper", "A3", "--hide", "all", "--show", "Pain_Points",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    text = pdf_text(out)
    assert texts["pain-points"] in text
    assert texts["needs"] not in text and texts["quotes"] not in text


def test_without_show_or_hide_the_map_shows_what_a_new_canvas_shows(
    workshop_path: Path, tmp_path: Path
):
    texts = texts_of_a_full_station(workshop_path)
    out = tmp_path / "poster.pdf"
    argv = ["export", str(workshop_path), "-o", str(out), "--journey", texts["journey"]]
    assert main([*argv, "--paper", "A3"]) == 0
    map_page = squash(PdfReader(out).pages[0].extract_text() or "")
    assert texts["needs"] in map_page and texts["pain-points"] in map_page
    assert texts["quotes"] not in map_page  # quotes are off on a new canvas
    assert texts["quotes"] in pdf_text(out), "the station details hold everything"


def test_the_svg_follows_show_and_hide(workshop_path: Path, tmp_path: Path):
    texts = texts_of_a_full_station(workshop_path)
    plain, quoted = tmp_path / "plain.svg", tmp_path / "quoted.svg"
    argv = ["export", str(workshop_path), "--journey", texts["journey"]]
    assert main([*argv, "-o", str(plain)]) == 0
    assert main([*argv, "-o", str(quoted), "--show", "quotes", "--hide", "needs"]) == 0
    needle = texts["needs"][:12]
    assert needle in squash(plain.read_text(encoding="utf-8"))
    assert needle not in squash(quoted.read_text(encoding="utf-8"))
    assert texts["quotes"][:12] in squash(quoted.read_text(encoding="utf-8"))
    assert texts["quotes"][:12] not in squash(plain.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (
            ["--show", "pains"],
            "argument --show: what the map shows can be needs, pain-points, ideas, quotes, "
            "owners, figures or all, not “pains”",
        ),
        (["--hide", ","], "argument --hide: name at least one of"),
        (["--show", "needs", "--hide", "quotes,needs"], "needs cannot be both shown and hidden"),
    ],
)
def test_a_kind_that_is_not_one_or_both_shown_and_hidden_is_refused(
    args: list[str],
    says: str,
    workshop_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
):
    out = tmp_path / "poster.pdf"
    assert main(["export", str(workshop_path), "-o", str(out), *args]) == 2
    assert says in capsys.readouterr().err
    assert not out.exists()


def test_show_is_refused_for_a_format_that_has_no_map(
    workshop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    out = tmp_path / "actions.xlsx"
    assert main(["export", str(workshop_path), "-o", str(out), "--hide", "quotes"]) == 2
    formats = ", ".join(f.suffix for f in owners(SHOW))
    assert capsys.readouterr().err == (
        f"journeyline: --show/--hide applies to {formats} export only.\n"
    )
    assert formats == ".pdf, .png, .svg"
    assert not out.exists()


def test_the_help_names_every_kind(capsys: pytest.CaptureFixture[str]):
    assert main(["export", "--help"]) == 0
    help_text = " ".join(capsys.readouterr().out.split())
    assert "--show KINDS" in help_text and "--hide KINDS" in help_text
    assert "options for .pdf, .png, .svg: --show KINDS" in help_text  # where they apply
    assert f"{', '.join(SHOW.keys)} or all" in help_text


def test_the_kinds_are_the_canvas_toggles():
    assert sorted(k.field for k in SHOW.kinds) == sorted(MapToggles.names())
    assert SHOW.combine(["quotes"], []) == MapToggles(quotes=True)
    assert SHOW.combine(["all"], ["owners"]) == MapToggles(
        needs=True, pain_points=True, ideas=True, quotes=True, owners=False, figures=True
    )
    assert SHOW.combine(["figures"], ["all"]) == MapToggles(
        needs=False, pain_points=False, ideas=False, quotes=False, owners=False, figures=True
    )
    assert SHOW.parse(" Needs , pain_points,needs") == ("needs", "pain-points")
    assert {f.key for f in FORMATS.values() if SHOW in f.options} == {"pdf", "png", "svg"}
