"""The printed words of the statement, in the language a test asks for (default Dutch)."""

from __future__ import annotations

import pytest


@pytest.fixture
def words(qapp, request):
    from opleider_desk.i18n import install_translators
    from opleider_desk.words.formatting import set_language
    from opleider_desk.words.statements import statement_words

    language = getattr(request, "param", "nl")
    install_translators(qapp, language)
    set_language(language)
    yield statement_words()
    install_translators(qapp, "nl")
    set_language("nl")
