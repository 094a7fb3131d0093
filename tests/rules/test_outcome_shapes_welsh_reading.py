"""Shapes the session-24 fresh blind rows showed on their dev part (refuges, Meic, individual development plans,
speech and language, youth justice in Welsh, homeless 16 and 17 year olds, nursery), written here as sentences
of our own: each shape the readings gained is pinned by a sentence it reads as service wording, with the words
it quotes, and by a sentence of the child's own day it must leave alone."""

from __future__ import annotations

import pytest

from coreplan.rules.actions import is_shorthand
from coreplan.rules.outcome_reading import read
from coreplan.rules.outcomes import is_service_focused, service_words
from coreplan.rules.welsh_outcome_reading import read_welsh

NAMES = ["Cai", "Mali", "Gwen", "Tomos", "Ela", "Nia", "Osian"]


@pytest.mark.parametrize(("text", "words"), [
    # what the child will have, after 'bydd/mae gan': provision when its phrase holds help, equipment or a provider
    ("Bydd gan Nia yr offer arbenigol sydd ei angen arni yn y dosbarth.", "gan Nia yr offer"),
    ("Bydd gan Gai un pwynt cyswllt yn yr ysgol.", "gan Gai un pwynt cyswllt"),
    ("Bydd gan Gwen ofal seibiant un penwythnos y mis.", "gan Gwen ofal seibiant"),
    ("Mae gan Mali le mewn meithrinfa Dechrau'n Deg.", "gan Mali le mewn"),
    # the child or family placed in the process's meetings and decisions
    ("Bydd llais Tomos yn ganolog i'r penderfyniadau amdano.", "i'r penderfyniadau"),
    ("Bydd Ela yn cyfrannu at ei hadolygiad CDU.", "at ei hadolygiad"),
    ("Bydd rhieni Osian yn rhoi mewnbwn i'r adolygiad.", "i'r adolygiad"),
    # a provider as the subject of an infinitive, with a mutated verb-noun and an object pronoun before it
    ("Rydw i eisiau i'r athrawon roi mwy o amser i mi.", "i'r athrawon roi"),
    ("Bydd Mam yn gofyn i'r ymwelydd iechyd bwyso Gwen bob mis.", "i'r ymwelydd iechyd bwyso"),
    ("Hoffwn i'r cwnselydd fy ngweld i yn yr ysgol.", "i'r cwnselydd fy ngweld"),
    # knowing of a service, and the process deciding what the child is
    ("Bydd Cai yn ymwybodol o wasanaeth Meic.", "ymwybodol o wasanaeth"),
    ("Bydd Mali yn cael ei chydnabod fel gofalwr ifanc.", "ei chydnabod fel"),
    # a provider named by two words before its verb-noun, put forward for a service, part of a service's group
    ("Rydw i eisiau i'r gweithiwr cymdeithasol ddod i'm gweld i yn amlach.", "i'r gweithiwr cymdeithasol ddod"),
    ("Bydd Tomos yn cael ei roi ar y rhestr ar gyfer asesiad awtistiaeth.", "ar gyfer asesiad"),
    ("Bydd Gwen yn rhan o'r grŵp gofalwyr ifanc.", "rhan o'r grŵp"),
])
def test_welsh_shapes_are_read_as_service(text, words):
    reading = read_welsh(text)
    assert reading is not None and reading.group(0) == words
    assert is_service_focused(text, NAMES)
    assert service_words(text) is not None


@pytest.mark.parametrize("text", [
    "Bydd gan Tomos wely glân ac ystafell iddo ef ei hun.",  # a bed and a room: his day
    "Bydd gan Gwen ffrind gorau yn ei dosbarth newydd.",
    "Bydd gan Mali ofal da gartref gan ei nain.",  # care on its own is the family's, not respite
    "Bydd gan Cai le i chwarae yn yr ardd.",  # room to play
    "Bydd Cai yn cyfarfod â'i dad yn y parc bob dydd Sadwrn.",  # meeting his dad: 'cyfarfod' as a verb
    "Bydd Osian yn teimlo'n saff gartref ac yn dweud hynny yn ei gyfarfod adolygu.",  # how the change is known
    "Bydd Tomos yn gwybod pwy i'w ffonio os bydd yn teimlo'n ofnus.",  # knowing whom to call is his skill
    "Bydd Ela yn dweud wrth ei nain sut mae hi'n teimlo ar ôl y cyfarfod.",  # 'ar ôl' only says when
    "Bydd Gwen yn mynd i'r grŵp chwarae yn y neuadd gyda'i ffrindiau.",  # a pastime's group
    "Bydd Mali yn mynd i'r ysgol gynradd leol bob bore.",
    "Bydd Gwen yn rhan o dîm pêl-rwyd yr ysgol.",  # a team named by a pastime
    "Bydd Cai yn cael ei ddillad yn barod ar gyfer yr ysgol bob nos.",  # ready for school
    "Bydd Cai yn mynd i'r ysgol gyda Mam bob bore.",  # 'i'r ysgol' and then no verb-noun
])
def test_the_childs_welsh_day_is_not(text):
    assert read_welsh(text) is None
    assert not is_service_focused(text, NAMES)


def test_a_services_verb_done_by_the_family_is_the_childs_day():
    """As 'supported by Nain' in English: the agent decides."""
    assert not is_service_focused("Bydd Mali yn cael ei hebrwng i'r ysgol gan ei nain.", NAMES)
    assert is_service_focused("Bydd Mali yn cael ei hebrwng i'r ysgol gan yrrwr tacsi'r cyngor.", NAMES)
    assert is_service_focused("Bydd Mali yn cael ei hebrwng i'w hapwyntiadau.", NAMES)


def test_a_unit_of_a_service_is_gone_to_as_a_provider():
    """'the pupil referral unit' in Welsh: a unit is a service's place, as 'referral unit' is in English."""
    assert is_service_focused("Bydd Cai yn mynd i'r uned cyfeirio disgyblion.", NAMES)


def test_moving_into_a_refuge_is_read_after_an_apostrophe():
    assert is_service_focused("Bydd Cai a'i fam yn symud i'r lloches.", NAMES)
    assert not is_service_focused("Bydd Cai a'i fam yn symud i'r tŷ newydd ger yr ysgol.", NAMES)


def test_taking_part_in_a_programme_is_read_after_yn_too():
    assert is_service_focused("Bydd Cai yn cymryd rhan yn y rhaglen ymyrraeth gynnar.", NAMES)
    assert not is_service_focused("Bydd Cai yn cymryd rhan yn y gêm bêl-droed gyda'i ffrindiau.", NAMES)


def test_a_therapy_keeps_a_pastimes_group_a_service():
    assert is_service_focused("Bydd Gwen yn mynd i grŵp chwarae therapiwtig ddwywaith yr wythnos.", NAMES)


@pytest.mark.parametrize(("text", "words"), [
    # the early years' key person is a provider, and a service's kind of work is a service
    ("Poppy will have a key person at nursery who knows her family.", "have a key person"),
    ("Alfie will take part in STAR group work at school.", "take part in STAR group work"),
    ("Amir will get direct work from the youth justice team.", "get direct work"),
    # moved or rehoused by a service, decided by the process, and an attendance put in the passive
    ("Alfie and his mum will be moved to safe accommodation.", "will be moved to safe accommodation"),
    ("Kieran will be rehoused by the end of the month.", "will be rehoused"),
    ("Alfie will be recognised as a victim of domestic abuse in his own right.", "will be recognised as"),
    ("Jade will be treated as a child first at court.", "will be treated as"),
    ("Liam will be engaged in support to plan his housing.", "will be engaged in support"),
    # invited or involved: a service's act only when what follows is the process
    ("Cai will be invited to his core group meetings.", "will be invited to his core group meetings"),
    ("Cai will be involved in planning his move.", "will be involved in planning"),
    # a unit that is provision instead of school, and the process's interview after a missing episode
    ("Cai will start at the pupil referral unit in September.", "start at the pupil referral unit"),
    ("Gwen will have a return home interview after every missing episode.", "have a return home interview"),
])
def test_english_shapes_are_read_as_service(text, words):
    reading = read(text)
    assert reading is not None and reading.group(0) == words
    assert is_service_focused(text, ["Poppy", "Alfie", "Amir", "Kieran", "Jade", "Liam"])


@pytest.mark.parametrize("text", [
    # a clause after 'while' sets the scene: the outcome is going to school
    "Maisie will go to school every day while the family lives in the refuge.",
    "Maisie will sleep through the night whilst the family stays at the refuge, and will smile at breakfast.",
    # praise and friendship are not a status the process decides
    "Alfie's drawing will be recognised at the school assembly.",
    "Tomos will be treated as one of the team by the older boys at football.",
    # invited to parties, involved in cooking tea: the child's own day
    "Ela will be invited to her friends' birthday parties.",
    "Tomos will be involved in cooking tea with Dad twice a week.",
    # moved to a new school, engaged in play: the child's own day
    "Kieran will be moved to the top reading group at school.",
    "Liam will be engaged in a game of football with his friends at lunchtime.",
    # a team named by a pastime is the child's own ('the youth offending team' stays a service)
    "Tomos will join the school football team.",
    # grown used to the arrangements: the child's own, though 'arrangements' is a word of the process
    "Tomos will be used to the new arrangements for seeing his dad by Easter.",
])
def test_the_childs_english_day_is_not(text):
    assert not is_service_focused(text, ["Maisie", "Alfie", "Kieran", "Liam", "Tomos", "Ela"])


@pytest.mark.parametrize(("text", "service"), [
    # 'start', 'begin' and 'continue' are the verb when no verb follows them, and a phase of one when one does
    ("Tomos will continue with his counselling at school.", True),
    ("Tomos will start at the pupil referral unit in September.", True),
    ("Tomos will continue at the same school after the move.", False),
    ("Tomos will start to sleep in his own bed every night.", False),
    ("Tomos will begin going to the after-school club with his friends.", False),
])
def test_phase_verbs(text, service):
    assert is_service_focused(text, ["Tomos"]) is service


def test_a_team_named_by_a_service_word_stays_a_service():
    assert is_service_focused("Tomos will meet the youth offending team every week.", ["Tomos"])
    assert is_service_focused("Tomos will work with the youth support team.", ["Tomos"])


def test_a_later_clause_after_while_is_read_again_after_the_stop():
    """The scene ends at the next stop: a service after it is still read."""
    text = "Maisie will sleep well while she is at the refuge; she will also be referred to a counsellor."
    assert is_service_focused(text, ["Maisie"])


@pytest.mark.parametrize(("text", "shorthand"), [
    # not doing something, in the mutated forms of 'peidio', is a behaviour the plan can see
    ("Aros yn y lloches a pheidio â dweud wrth neb ble mae hi.", False),
    ("Cadw'r drws ar glo a pheidio ag agor i Dad.", False),
    ("Aros yn y lloches.", True),
    # 'tan' (until) says how long, as 'until' does in English; working with a service, mutated, stays shorthand
    ("Dad i aros yn nhŷ ei fam tan yr adolygiad.", False),
    ("Mam i weithio gyda'r gwasanaeth cyffuriau ac alcohol.", True),
])
def test_welsh_not_doing_is_a_behaviour(text, shorthand):
    assert is_shorthand(text) is shorthand
