"""A rule a document's value broke, as an import's problem list says it after the value's
place: ``journeys[0].stations[3].emotion: must be an integer from -2 to 2``.

``Rule("must be an integer from {low} to {high}", low=-2, high=2)`` is a translatable predicate
(context ``Rules``), found by ``python -m app.translations update`` like a refusal
(:mod:`models.refusal`); the place before it is the document's own path and stays as written.
The window shows the rule in its language (:func:`app.translations.said`); the command line,
the format's specification (docs/interchange.md) and ``str(error)`` read the English one.
"""

from __future__ import annotations

from models.edit_name import EditName

CONTEXT = "Rules"


class Rule(EditName):
    context = CONTEXT
