"""Welsh outcomes in shapes that session 26's second blind set (a young people's crisis hub, attendance, help in
school, behaviour support, children in care, private fostering, adoption, respite) showed on its dev part, written
here as sentences of our own (never corpus rows): aids a school puts in place as what there will be ('Bydd
amserlen weledol ar wal ei hystafell'), being let use a device ('cael defnyddio gliniadur'), a teaching assistant by
the name schools give ('cymhorthydd'), providers in the plural as the subject ('Bydd athrawon Dylan yn...'), a child
tracked or targeted by the process, a parent meeting the school's staff, and (as the English reading of session 25 has
them) a shorter school day, a worker's caseload and a one-page profile. Beside each, the same words about the
child's own day stay silent, and what a 'tra' (while) clause says is the scene, not the outcome."""

from __future__ import annotations

import pytest

from coreplan.rules.outcomes import is_service_focused, service_words
from tests.helpers import line_of, merge, run

NAMES = ["Ela", "Dylan", "Mali", "Rhodri", "Gethin", "Nedw", "Cadi", "Osian", "Seren", "Deio"]


@pytest.mark.parametrize(("text", "words"), [
    # aids as what there will be, as 'There will be a visual timetable on her wall'
    ("Bydd amserlen weledol ar wal ystafell wely Ela.", "Bydd amserlen weledol"),
    ("Bydd offer arbennig yn ystafell ymolchi Dylan erbyn yr haf.", "Bydd offer"),
    ("Bydd cyfarwyddiadau ysgrifenedig ar fwrdd Gethin ym mhob gwers.", "Bydd cyfarwyddiadau"),
    ("Bydd yna addasiadau i'r tŷ fel bod Cadi yn gallu symud o gwmpas.", "Bydd yna addasiadau"),
    # being let use a device or an aid, as 'will be allowed to use a laptop'
    ("Bydd Ela yn cael defnyddio gliniadur yn y gwersi Saesneg.", "cael defnyddio gliniadur"),
    ("Bydd Osian yn cael defnyddio'r cardiau lluniau i ddweud beth mae o eisiau.", "cael defnyddio'r cardiau lluniau"),
    # a teaching assistant had, by the name schools give
    ("Bydd Ela yn cael cymhorthydd am awr bob bore.", "cael cymhorthydd"),
    ("Bydd Nedw yn gweld ei gymhorthydd cyn y wers gyntaf.", "gweld ei gymhorthydd"),
    # providers in the plural as the subject, as one is
    ("Bydd athrawon Dylan yn rhoi gwaith cartref byrrach iddo.", "Bydd athrawon"),
    ("Bydd nyrsys yr ysbyty yn dysgu Mam sut i fwydo Seren drwy'r tiwb.", "Bydd nyrsys"),
    # the child tracked or targeted by the process, as 'monitored'
    ("Bydd Mali yn cael ei thargedu am gymorth darllen.", "cael ei thargedu"),
    ("Bydd Rhodri yn cael ei dracio gan y swyddog presenoldeb bob dydd.", "cael ei dracio"),
    # a parent meeting the school's staff, as a parent meeting a worker
    ("Bydd Mam yn cyfarfod â'r athrawes bob tymor i drafod cynnydd Mali.", "Mam yn cyfarfod â'r athrawes"),
    ("Bydd tad Gethin yn cwrdd â'r pennaeth ddydd Llun.", "tad Gethin yn cwrdd â'r pennaeth"),
    # a school day made shorter, a worker's caseload and a one-page profile, as the English reading has them
    ("Bydd Ela ar amserlen ran-amser tan y Pasg.", "amserlen ran-amser"),
    ("Bydd Gethin ar lwyth achosion y tîm lleferydd ac iaith.", "lwyth achosion"),
    ("Bydd gan Seren broffil un dudalen.", "broffil un dudalen"),
    # a service in the main clause after the scene
    ("Tra bydd Rhodri yn y lloches, bydd yn cael therapi chwarae.", "cael therapi"),
])
def test_new_welsh_service_shapes_are_read_and_quoted(text, words):
    found = service_words(text)
    assert found is not None and found.group(0) == words, (found and found.group(0))
    assert is_service_focused(text, NAMES)


@pytest.mark.parametrize("text", [
    # what the child does while she lives somewhere is her week; where she lives is the scene
    "Bydd Rhodri yn mynd i'r clwb ieuenctid gyda'i ffrindiau tra bydd yn byw yn y cartref plant.",
    "Bydd Cadi yn cerdded i'r ysgol gyda'i chwaer tra'n byw gyda'i gofalwyr maeth.",
    # the child using her own things, meeting friends, having new teachers, a boost to her confidence
    "Bydd Ela yn defnyddio ei gliniadur i wneud ei gwaith cartref bob nos.",
    "Bydd Mali yn cyfarfod â'i ffrindiau yn y parc ar ddydd Sadwrn.",
    "Bydd gan Dylan athrawon newydd ym mis Medi ac fe fydd yn hapus yn ei ddosbarth.",
    "Bydd Ela yn cael hwb i'w hyder ar ôl y gwyliau ac yn siarad yn y dosbarth.",
    "Bydd Mali yn tracio ei chamau ar ei horiawr ac yn cerdded i'r ysgol bob dydd.",
    # her own timetable kept, less homework
    "Bydd Ela yn dilyn ei hamserlen ddyddiol ac yn cyrraedd pob gwers ar amser.",
    "Bydd Dylan yn gwneud llai o waith cartref ac yn cysgu'n well.",
    # her teacher beside her is her school day
    "Bydd Mali a'i hathrawes yn darllen gyda'i gilydd bob bore.",
])
def test_the_same_words_about_the_childs_own_day_are_not(text):
    assert not is_service_focused(text, NAMES), (text, service_words(text) and service_words(text).group(0))


def test_tra_before_an_adjective_is_not_a_scene():
    """'tra phwysig' (very important) opens no clause: the therapy after it is still read."""
    assert is_service_focused("Mae'n dra phwysig bod Dylan yn cael therapi lleferydd.", NAMES)


def test_the_finding_is_on_the_outcomes_line():
    case = merge("""goals:
  - id: school
    title: Dysgu yn y dosbarth
    concern: Mae Ella yn colli gwersi.
    impact:
      ella: Mae Ella yn eistedd ar ei phen ei hun yn y coridor.
    outcome: Bydd amserlen weledol ar ddesg Ella ym mhob gwers.
    ladder:
      - Mae Ella yn y coridor y rhan fwyaf o'r bore.
      - Mae Ella yn ei dosbarth tan amser cinio.
    good_enough: 2
""")
    findings = [f for f in run(case) if f.rule == "service-focused-outcome"]
    assert [f.line for f in findings] == [line_of(case, "outcome: Bydd amserlen weledol")]
