"""The team library's dialogs: publish, open from the library (with search), choose the library.

They show what :mod:`models.library` gives and return the user's choice; the window's
:class:`widgets.window.library.LibraryController` does the work.
"""
