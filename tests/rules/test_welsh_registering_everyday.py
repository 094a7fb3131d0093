"""'cofrestru' is the child protection register's word in a plan, and everyday Welsh for a library, a GP or a club."""

import pytest

from coreplan.rules.language import jargon_uses, load_lexicon

LEXICON = load_lexicon({}, {}, {})


def found(text):
    return [use.written for use in jargon_uses(text, LEXICON, frozenset(), None)]


@pytest.mark.parametrize("text", [
    "Rydyn ni'n mynd i'r llyfrgell i gofrestru ar gyfer yr her ddarllen.",
    "Bydd Mam yn cofrestru'r plant gyda'r feddygfa newydd.",
    "Mae angen cofrestru'r enedigaeth o fewn 42 diwrnod.",
    "Bydd Osian yn cofrestru gyda'r clwb pêl-droed ddydd Sadwrn.",
    "Cofrestrwch ar gyfer gwersi nofio yn y ganolfan hamdden.",
])
def test_registering_for_or_with_something_a_family_uses_is_plain(text):
    assert found(text) == []


@pytest.mark.parametrize("text, written", [
    ("Cafodd enw Ela ei gofrestru ym mis Mai.", "gofrestru"),
    ("Penderfynodd y gynhadledd gofrestru'r plant.", "gofrestru'r"),
    # a word of the register's own keeps it the register's, whatever else the sentence names
    ("Cafodd y plant eu cofrestru ar gyfer cynllun amddiffyn yn y gynhadledd.", "cofrestru"),
])
def test_registering_a_child_on_the_register_is_still_found(text, written):
    assert written in found(text)
