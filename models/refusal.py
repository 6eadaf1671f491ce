"""Why an edit was refused, as the user reads it: a translatable sentence, declared where
it is raised.

``raise EditError(Refusal("A journey keeps at least one phase."))``: the source is a whole
English sentence and the key of the window's catalogues (context ``Refusals``), found by
``python -m app.translations update`` like the undo stack's names (:mod:`models.edit_name`).
``{field}`` is a field's noun from the registry, translated with the registry's texts; every
other ``{placeholder}`` is a value written the reader's way (:class:`~models.edit_name.Reader`):
a number passed as a number (``max=rules.TEXT_MAX``: "10,000", "10.000"), a field's choices as
:class:`~models.edit_name.Choices` of the registry's labels ("Idea, Planned, or Done"), or the
user's own text, inserted as is.
The window shows the sentence in its language (:func:`app.translations.edit_text`); the
command line and ``str(error)`` read the English one.
"""

from __future__ import annotations

from models.edit_name import EditName

CONTEXT = "Refusals"


class Refusal(EditName):
    context = CONTEXT


# Said by the journeys panel before it asks, and by the edit itself.
LAST_JOURNEY = Refusal("A workshop keeps at least one journey.")

# Why a reference is refused, by what it names: a whole sentence each (translatable).
GONE: dict[str, Refusal] = {
    "action": Refusal("That action no longer exists."),
    "journey": Refusal("That journey no longer exists."),
    "line": Refusal("That line no longer exists."),
    "owner": Refusal("That owner no longer exists."),
    "persona": Refusal("That persona no longer exists."),
    "phase": Refusal("That phase no longer exists."),
    "station": Refusal("That station no longer exists."),
}

# A workshop full of one kind of row (models.rules.COUNT_LIMITS): a whole sentence each.
FULL: dict[str, Refusal] = {
    "journeys": Refusal("A workshop holds at most {max} journeys; this one is full."),
    "phases": Refusal("A workshop holds at most {max} phases; this one is full."),
    "lines": Refusal("A workshop holds at most {max} lines; this one is full."),
    "stations": Refusal("A workshop holds at most {max} stations; this one is full."),
    "actions": Refusal("A workshop holds at most {max} actions; this one is full."),
    "owners": Refusal("A workshop holds at most {max} owners; this one is full."),
    "personas": Refusal("A workshop holds at most {max} personas; this one is full."),
    "quotes": Refusal("A workshop holds at most {max} quotes; this one is full."),
}
