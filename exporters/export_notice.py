"""What the user should know about a finished export, as the user reads it: a translatable
sentence, declared where the exporter notices it.

An exporter returns its notices (characters no font has, a resolution lowered, text printed
too small) as :class:`ExportNotice` sentences: ``ExportNotice("… drawn at {dpi} dpi …",
dpi=311)``. The source is a whole English sentence and the key of the window's catalogues
(context ``ExportNotices``), found by ``python -m app.translations update`` like a refusal
(:mod:`models.refusal`); every ``{placeholder}`` is a value written the reader's way (a number
as a number: "1,200" and "5.5" in English, "1.200" and "5,5" in German; a registry label as
:class:`~models.edit_name.Choices`, translated like the export dialog shows it; a name as is).

The notices are for the user of the window (its language), never for the client: nothing of
them is written into the exported file. The window lists them in its language
(:func:`app.translations.edit_text`); the command line prints ``str(notice)``, the English one.
"""

from __future__ import annotations

from models.edit_name import EditName

CONTEXT = "ExportNotices"


class ExportNotice(EditName):
    context = CONTEXT
