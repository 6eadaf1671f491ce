"""Exports in the workshop's language: the sample's poster and action list in Danish and
Spanish, read back (pypdf, openpyxl), and a Danish list edited as a client edits it comes back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app import cli
from exporters.action_list_update import read_update
from exporters.action_list_xlsx import export_action_list
from exporters.poster_pdf import export_poster
from models import i18n
from models.document import Document
from models.interchange import DocumentDict
from models.transfer import import_document
from tests.exporters import xlsx_client as client


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def _squash(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "da",
            [
                "Handlingsplan · ",
                "Stationerne i detaljer · ",
                "FØLELSE VED STATIONEN",
                "Hurtige gevinster",
                "Nuværende rejse",
                "Side 1 af",
                "Ansvarlig (initialer)",
                "15. feb. 2027",  # a due date, the Danish way
            ],
        ),
        (
            "es",
            [
                "Plan de acción · ",
                "Estaciones en detalle · ",
                "EMOCIÓN EN LA ESTACIÓN",
                "Victorias rápidas",
                "Recorrido actual",
                "Página 1 de",
                "Responsable (iniciales)",
                "15 feb 2027",
            ],
        ),
    ],
)
def test_the_poster_in_the_language_asked_for(
    document: Document, tmp_path: Path, language: str, expected: list[str]
) -> None:
    out = tmp_path / f"poster-{language}.pdf"
    export_poster(document, out, journey_id=document.journeys()[0].id, language=language)
    text = _squash(_text(out))
    for phrase in expected:
        assert _squash(phrase) in text, phrase
    with i18n.using(language):
        assert _squash(i18n.format_date(dt.date.today())) in text  # the poster's date
    for english in ("Action list", "EMOTION AT THE STATION", "Quick wins", "Page 1 of"):
        assert _squash(english) not in text, english


def test_the_workshops_own_language_is_the_default(
    sample_doc: DocumentDict, tmp_path: Path
) -> None:
    sample_doc["workshop"]["language"] = "da-DK"
    path = tmp_path / "dansk.journey"
    import_document(sample_doc, path)
    with Document.open(path) as doc:
        export_poster(doc, tmp_path / "p.pdf", journey_id=doc.journeys()[0].id)
        export_action_list(doc, tmp_path / "a.xlsx")
        english = tmp_path / "en.xlsx"
        export_action_list(doc, english, language="en")  # the override, for one export
    assert "Handlingsplan" in _text(tmp_path / "p.pdf")
    assert load_workbook(tmp_path / "a.xlsx").sheetnames[:4] == [
        "Handlinger",
        "Stationer",
        "Ansvarlige",
        "Om",
    ]
    assert load_workbook(english).sheetnames[0] == "Actions"


def _headers(ws: object) -> list[object]:
    return [c.value for c in ws[1]]  # type: ignore[index]


def test_the_danish_action_list(document: Document, tmp_path: Path) -> None:
    out = tmp_path / "handlingsplan.xlsx"
    export_action_list(document, out, language="da")
    wb = load_workbook(out)
    assert wb.sheetnames == ["Handlinger", "Stationer", "Ansvarlige", "Om", "Journeyline"]
    actions = wb["Handlinger"]
    headers = _headers(actions)
    for header in ("Prioritet", "Handling", "Rejse", "Fase", "Ansvarlig", "Indsats", "Værdi"):
        assert header in headers
    assert "Frist" in headers and "Status" in headers
    assert "Varighed (min)" in _headers(wb["Stationer"])
    due = headers.index("Frist") + 1
    status = headers.index("Status") + 1
    dates = [actions.cell(r, due) for r in range(2, actions.max_row + 1)]
    dated = [c for c in dates if c.value is not None]
    assert dated and all(c.number_format == "dd.mm.yyyy" for c in dated)  # 15.02.2027 in Excel
    statuses = {actions.cell(r, status).value for r in range(2, actions.max_row + 1)}
    assert {"Idé", "I gang", "Færdig", "Planlagt"} <= statuses
    (drop_down,) = actions.data_validations.dataValidation
    assert drop_down.formula1 == '"Idé,Planlagt,I gang,Færdig,Droppet"'
    priorities = {actions.cell(r, 1).value for r in range(2, actions.max_row + 1)}
    assert "Hurtig gevinst" in priorities
    about = {row[0]: row[1] for row in wb["Om"].iter_rows(min_row=2, values_only=True)}
    assert about["Sprog"] == "dansk"
    assert about["Forretningsmål"] == document.workshop().business_goal
    assert "Prioritet: Hurtig gevinst" in about


def test_the_spanish_action_list(document: Document, tmp_path: Path) -> None:
    out = tmp_path / "plan.xlsx"
    export_action_list(document, out, language="es")
    wb = load_workbook(out)
    assert wb.sheetnames[:4] == ["Acciones", "Estaciones", "Responsables", "Acerca de"]
    headers = _headers(wb["Acciones"])
    for header in ("Prioridad", "Acción", "Recorrido", "Responsable", "Esfuerzo", "Plazo"):
        assert header in headers
    cells = [c for c in wb["Acciones"][chr(ord("A") + headers.index("Plazo"))] if c.row > 1]
    assert any(c.number_format == "dd/mm/yyyy" for c in cells if c.value is not None)


def test_a_danish_list_comes_back(document: Document, tmp_path: Path) -> None:
    exported = tmp_path / "handlingsplan.xlsx"
    export_action_list(document, exported, language="da")
    untouched = read_update(document, exported)
    assert untouched.problems == [] and untouched.notices == [] and untouched.empty

    action = next(a for a in document.actions() if a.status == "planned")

    def change(ws: client.Worksheet) -> None:
        client.set_cell(ws, action.id, "Status", "færdig")  # the Danish name, any case
        client.set_cell(ws, action.id, "Frist", dt.datetime(2027, 6, 1))

    edited = client.edit(exported, change)
    plan = read_update(document, edited)
    assert plan.problems == [] and plan.notices == []
    assert {c.action_id for c in plan.changes} == {action.id}
    assert {c.label for c in plan.changes} == {"status", "due date"}
    document.apply(plan.edit())
    fresh = document.action(action.id)
    assert fresh is not None and fresh.status == "done" and fresh.due == "2027-06-01"


def test_export_language_on_the_command_line(
    workshop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "liste.xlsx"
    assert cli.run(["export", str(workshop_path), "-o", str(out), "--language", "nb"]) == 0
    assert load_workbook(out).sheetnames[0] == "Tiltak"
    assert cli.run(["export", str(workshop_path), "-o", str(out), "--language", "xx"]) != 0
    assert "the language must be one of en, sv, da" in capsys.readouterr().err


def test_the_pdfs_outline_is_in_the_language_too(document: Document, tmp_path: Path) -> None:
    out = tmp_path / "plakat.pdf"
    export_poster(document, out, journey_id=document.journeys()[0].id, language="da")

    def titles(items: list[object]) -> list[str]:
        found: list[str] = []
        for item in items:
            found += titles(item) if isinstance(item, list) else [item.title]  # type: ignore[attr-defined]
        return found

    outline = titles(PdfReader(out).outline)
    assert "Kort (A1)" in outline and "Handlingsplan" in outline
    assert not any(t.startswith("Map") for t in outline)
