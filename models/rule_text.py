"""A rule a document's value broke, as an import's problem list says it after the value's
place: ``journeys[0].stations[3].emotion: must be an integer from -2 to 2``.

``Rule("must be an integer from {low} to {high}", low=-2, high=2)`` is a translatable predicate
(context ``Rules``), found by ``python -m app.translations update`` like a refusal
(:mod:`models.refusal`); the place before it is the document's own path and stays as written.
The window shows the rule in its language (:func:`app.translations.said`); the command line,
the format's specification (docs/interchange.md) and ``str(error)`` read the English one.
The interchange format's rules are declared in :mod:`models.interchange_rules`.
"""

from __future__ import annotations

import re

from models.edit_name import EditName

CONTEXT = "Rules"
_PLURAL = re.compile(r"\((s|es)\)")


class Rule(EditName):
    context = CONTEXT

    def english(self) -> str:
        """The English rule; a count (``%n``) is written even when it is one, grouped
        ("and 1 more problem", "and 1,200 more problems")."""
        if self.n < 0:
            return super().english()
        text = _PLURAL.sub(lambda m: "" if self.n == 1 else m.group(1), self.source)
        return self.fill(text.replace("%n", f"{self.n:,}"))


def more_problems(n: int) -> Rule:
    """The line after the problems shown, for the ``n`` not shown: "and 12 more problems"."""
    return Rule("and %n more problem(s)", n)
