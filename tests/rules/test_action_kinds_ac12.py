"""Shorthand actions of the kinds the session-36 blind set (ac12) showed read wrongly (issue 12), in both languages.

First, the Welsh twin of a kind taught to the English reading just before this round (995d0fd): the adult's
understanding of the risks or the concerns given as the purpose ('er mwyn iddi ddeall y risgiau i'r plant') is an aim
and does not make a process particular; understanding how to do a thing stays concrete. None of these sentences is a
corpus row: they are written here from the kinds, both ways."""

from __future__ import annotations

import pytest

from coreplan.rules.actions import is_shorthand, shorthand_reason

AIM = "names an aim or a thought, not what anyone will do"
PROCESS = "names a process or a service, not what will change"
WATCH = "says who will watch or pass on worries, not what they will look for or do"
OPEN = "leaves it open what will be done and when"


def reason(text: str) -> str | None:
    found_reason = shorthand_reason(text)
    return None if found_reason is None else str(found_reason)


# The Welsh of 'so that she understands the risks to the children' (probes of our own, session 36)
@pytest.mark.parametrize("text", [
    "Bydd Mam yn ymgysylltu â darn o waith gyda'r gweithiwr cam-drin domestig ar berthnasoedd iach, er mwyn iddi ddeall"
    " y risgiau i'r plant.",
    "Bydd Dad yn cymryd rhan mewn sesiynau gyda'r gweithiwr cyffuriau fel bod ganddo fewnwelediad i'r pryderon.",
    "Mam i fynychu'r rhaglen Rhyddid er mwyn iddi ddeall y risgiau i'r plant.",
    "Bydd Dad yn mynychu'r grŵp fel ei fod yn deall effaith ei yfed ar y plant.",
])
def test_welsh_understanding_the_risks_as_the_purpose_is_shorthand(text):
    assert is_shorthand(text)


@pytest.mark.parametrize("text", [
    "Bydd Mam yn mynd at y nyrs asthma gyda Cai ar 3 Mai er mwyn iddi ddeall sut i roi ei bwmp asthma iddo.",
    "Bydd Dad yn dangos i Nain sut i ddefnyddio'r giât grisiau fel ei bod yn deall sut mae'n cloi.",
    "Bydd Mam yn mynychu'r grŵp gyda'r nyrs ar 3 Mai er mwyn iddi ddeall sut i roi'r pwmp asthma i Nel.",
])
def test_welsh_understanding_how_to_do_a_thing_stays_concrete(text):
    assert not is_shorthand(text)
