"""The workshop's limits (models/rules.py) hold for edits too: a row past a table's limit is
refused with one sentence and nothing is written; the document, the file and undo go on."""

from __future__ import annotations

import pytest

from models import edits, rules
from models.document import Document, EditError
from models.interchange import DocumentDict
from models.transfer import import_document


@pytest.fixture
def full_of_owners(tmp_path, sample_doc: DocumentDict) -> Document:
    limit = rules.COUNT_LIMITS["owners"]
    sample_doc["owners"] += [
        {"id": f"bulk-{i}", "name": f"Owner {i}", "role": "", "email": ""}
        for i in range(limit - len(sample_doc["owners"]))
    ]
    import_document(sample_doc, tmp_path / "full.journey")
    document = Document.open(tmp_path / "full.journey")
    yield document
    document.close()


def test_an_owner_past_the_limit_is_refused(full_of_owners: Document):
    document = full_of_owners
    assert document.counts()["owners"] == rules.COUNT_LIMITS["owners"]
    with pytest.raises(EditError) as refused:
        document.apply(edits.add_owner("One too many"))
    assert str(refused.value) == "A workshop holds at most 5,000 owners; this one is full."
    assert document.counts()["owners"] == rules.COUNT_LIMITS["owners"]
    # Making room makes it possible again.
    last = document.owners()[-1]
    document.apply(edits.delete_owner(last.id))
    document.apply(edits.add_owner("Now there is room"))
    assert document.owners()[-1].name == "Now there is room"
