"""Matching that reaches terms nobody listed (session 26): a kind of social worker named by a listed modifier, more
heads a modifier names ('lead', 'agency', 'provider', 'board', 'partnership', 'hub'), a law's name with its
country in brackets, 'Offer' and 'Measure' ending a name, a year after 'Regulations' (a name, not regulation
2005), Welsh sections by number ('adran 31'), and a Welsh register, letter or record named by a service word.
Each with everyday sentences around the same words that must stay silent."""

from __future__ import annotations

import pytest

from coreplan.rules.language import jargon_uses, load_lexicon

LEXICON = load_lexicon({}, {}, {})


def found(text, lexicon=LEXICON):
    return [(use.written, use.plain) for use in jargon_uses(text, lexicon)]


def written(text, lexicon=LEXICON):
    return [use.written for use in jargon_uses(text, lexicon)]


def names(text):
    return [use.written for use in jargon_uses(text, LEXICON) if use.unlisted_name]


def welsh(text):
    return [use.written for use in jargon_uses(text, LEXICON, known_words=None)]


@pytest.mark.parametrize("text, term, plain", [
    ("The adoption social worker rang Mum.", "adoption social worker", "social worker for adoption"),
    ("Two kinship social workers came.", "kinship social workers", "social workers with relatives or friends"),
    ("Ask the transition lead at college.", "transition lead", "person in charge for moving on"),
    ("The kinship agency wrote to Nain.", "kinship agency", "organisation with relatives or friends"),
    ("The respite provider has a new carer.", "respite provider", "organisation giving help for a short break"),
    ("The adoption board meets in May.", "adoption board", "group in charge for adoption"),
    ("The kinship hub rang today.", "kinship hub", "team with relatives or friends"),
])
def test_a_listed_modifier_names_a_social_worker_and_the_new_heads(text, term, plain):
    assert term.lower() not in LEXICON.phrases and term.lower().rstrip("s") not in LEXICON.phrases
    assert found(text) == [(term, plain)]


@pytest.mark.parametrize("text", [
    "The social worker will visit on Tuesday.",  # the head alone
    "Our new social worker is called Ceri.",  # an everyday word before it
    "Poor sleep can lead to a hard morning at school.",  # 'lead' as a verb, after no modifier
    "Mali will lead the way to the park.",
    "Dad reads the notice board at the club.",
    "The travel agency booked the holiday.",
    "Nain works in a partnership with her sister at the shop.",
])
def test_the_new_heads_after_everyday_words_are_left_alone(text):
    assert found(text) == []


@pytest.mark.parametrize("text, name", [
    ("The Children (Scotland) Act 1995 applies there.", "Children (Scotland) Act"),
    ("Under the Adoption and Children (Wales) Regulations 2005 the panel meets.",
     "Adoption and Children (Wales) Regulations"),
    ("See the Housing (Scotland) Act 2001 for that.", "Housing (Scotland) Act"),
    ("Look at the Youth Offer for Conwy.", "Youth Offer"),
    ("The Learner Travel (Wales) Measure covers buses.", "Learner Travel (Wales) Measure"),
])
def test_a_laws_name_with_its_country_in_brackets_and_new_heads_are_names(text, name):
    assert name.lower() not in LEXICON.phrases
    assert name in names(text)


@pytest.mark.parametrize("text", [
    "Mum (Sara) Plan is to move.",  # a person's name in brackets is no law's
    "Ask Nain (Gwen) Review dates are set.",
    "Mali (Year 3) Plan for the week: swimming.",
])
def test_brackets_of_people_are_no_part_of_a_name(text):
    assert names(text) == []


def test_a_year_after_regulations_is_the_regulations_name_not_a_numbered_regulation():
    assert "Regulations 2010" not in written("the Care Planning Regulations 2010 say so")
    assert "regulations 24" in written("regulations 24 and 25 apply")


@pytest.mark.parametrize("text, term", [
    ("Bydd ymholiadau o dan adran 31 yn dechrau.", "adran 31"),
    ("Mae'r plant yn cael eu lletya dan Adran 76.", "Adran 76"),
])
def test_a_welsh_section_of_an_act_by_number_is_jargon_with_welsh_plain_words(text, term):
    uses = [use for use in jargon_uses(text, LEXICON, known_words=None) if use.written == term]
    assert uses and ("gyfraith" in uses[0].plain or uses[0].phrase)


@pytest.mark.parametrize("text", ["Gweler adran 3 o'r cynllun hwn.", "Mae adran 2 uchod yn dweud hynny.",
                                  "Darllenwch adran 4 isod."])
def test_a_welsh_section_of_the_plan_itself_is_not(text):
    assert welsh(text) == []


@pytest.mark.parametrize("text, term", [
    ("Mae enw Siôn ar y gofrestr risg.", "gofrestr risg"),
    ("Daeth llythyr cyswllt gan y cyngor.", "llythyr cyswllt"),
    ("Mae'r cofnod risg yn y ffeil.", "cofnod risg"),
    ("Bydd y gwasanaeth cyfeirio yn ffonio.", "gwasanaeth cyfeirio"),
    ("Bydd gofal therapiwtig yn helpu Siôn.", "gofal therapiwtig"),
])
def test_a_welsh_register_letter_or_record_named_by_a_service_is_jargon(text, term):
    assert term in welsh(text)


@pytest.mark.parametrize("text", [
    "Ysgrifennodd Nain lythyr i Siôn.",
    "Mae cofrestr yr ysgol yn dangos ei fod yno bob dydd.",
    "Cofnod o'r cyfarfod gyda Mam.",
    "Bydd Mam yn cyfeirio at y cynllun.",
    "Ysgrifennodd Siôn lythyr hir at ei dad.",
    "Mae Nain yn rhoi gofal da i Mali.",
    "Aeth Taid i gartref gofal yn Rhyl.",
    "Mae gofal plant ar gael yn y pentref.",
])
def test_the_same_welsh_words_in_everyday_use_are_plain(text):
    assert welsh(text) == []


@pytest.mark.parametrize("text, name", [
    ("Bydd Panel y Biwro yn cwrdd ddydd Llun.", "Panel y Biwro"),
    ("Mae Fforwm y Bobl Ifanc yn cwrdd yn yr hydref.", "Fforwm y Bobl Ifanc"),
    ("Mae Rhaglen y Blynyddoedd Cynnar yn helpu.", "Rhaglen y Blynyddoedd Cynnar"),
    ("Bydd ei Dîm o Amgylch y Glasoed yn cwrdd.", "Dîm o Amgylch y Glasoed"),  # mutated
])
def test_a_welsh_body_named_by_its_head_a_small_word_and_capitals_is_one_finding_in_welsh_words(text, name):
    uses = [use for use in jargon_uses(text, LEXICON, known_words=None) if use.written == name]
    assert uses, welsh(text)
    assert uses[0].plain in LEXICON.welsh_heads.values()  # the Welsh head's plain words, never an English entry's


@pytest.mark.parametrize("text", [
    "Bydd y panel yn cwrdd ddydd Llun.",  # in lower case: the panel, plain in Welsh
    "Ffoniodd y Tîm. Y Teulu oedd yno.",  # a stop between
    "Mae Tîm y TEULU yn brysur.",  # capitals for emphasis
    "Cynllun y Teulu Jones",  # the plan's own things are no body's name
])
def test_no_welsh_name_without_its_shape(text):
    assert not [use for use in jargon_uses(text, LEXICON, known_words=None) if " y " in use.written.lower()
                or " o " in use.written.lower()]


@pytest.mark.parametrize("text, name", [
    ("The court sent a Certificate of Service.", "Certificate of Service"),
    ("The Schedule of Findings was agreed.", "Schedule of Findings"),
    ("Dad signed the Declaration of Means.", "Declaration of Means"),
])
def test_a_court_paper_named_by_what_it_is_of_is_a_name(text, name):
    assert name.lower() not in LEXICON.phrases
    assert name in names(text)


@pytest.mark.parametrize("text", [
    "Dad wrote a Letter of Apology to Nain.",  # a child's or a parent's own letter
    "Statement of Mum's wishes: to stay in Rhyl.",  # a person's after 'of'
    "The statement of what happened is in the file.",  # lower case
])
def test_papers_of_a_family_are_no_court_names(text):
    assert names(text) == []


@pytest.mark.parametrize("text, term, plain", [
    ("The pre-custody meeting is on Friday.", "pre-custody meeting", "meeting before the custody"),
    ("A post-assessment review will follow.", "post-assessment review",
     "meeting to check how things are going after the assessment"),
])
def test_pre_or_post_and_a_step_of_the_process_before_a_head_is_jargon(text, term, plain):
    assert term.lower() not in LEXICON.phrases
    assert found(text) == [(term, plain)]


@pytest.mark.parametrize("text", [
    "Mali goes to a pre-school setting.",  # an everyday time
    "We had a pre-arranged visit.",  # a past form
    "The post-match meeting was short.",
    "Mum will post a letter to the school.",  # no hyphen
])
def test_pre_or_post_with_everyday_words_is_left_alone(text):
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "Mae Siôn mewn lleoliad cwricwlwm arall ar ddydd Gwener.",  # a place of learning
    "Bydd Siôn yn dechrau lleoliad gwaith ym mis Mai.",  # a work placement
    "Mae ganddi leoliad coleg yn Bangor.",  # mutated
])
def test_a_welsh_placement_at_school_college_or_work_is_not_a_foster_home(text):
    assert not [use for use in jargon_uses(text, LEXICON, known_words=None) if "leoliad" in use.written.lower()]


@pytest.mark.parametrize("text", ["Mae ei leoliad gyda Nain yn sefydlog.", "Mae'r lleoliad yn dda iawn."])
def test_a_welsh_placement_where_a_child_lives_is_still_found(text):
    assert [use for use in jargon_uses(text, LEXICON, known_words=None) if "leoliad" in use.written.lower()]


@pytest.mark.parametrize("text, term", [("Co-location of the two teams helps.", "Co-location"),
                                        ("The co-facilitation of the group went well.", "co-facilitation")])
def test_co_before_a_learned_word_is_jargon(text, term):
    assert term.lower() not in LEXICON.phrases
    assert term in written(text)


@pytest.mark.parametrize("text", ["Thanks for your co-operation.", "The co-ordination of visits is good.",
                                  "She read non-fiction books at bedtime."])
def test_co_and_non_before_everyday_words_are_plain(text):
    assert found(text) == []


def test_a_head_word_after_a_listed_phrase_makes_one_longer_order():
    assert "suspended possession order" not in LEXICON.phrases
    assert written("A suspended possession order was made in May.") == ["suspended possession order"]
    assert written("An interim care order was made.") == ["interim care order"]  # listed: its own plain words
    assert written("The approved foster carer assessment starts soon.")[:1] == ["approved foster carer"]  # a name to explain stays


@pytest.mark.parametrize("text, term", [
    ("The Team Around the Baby met on Monday.", "Team Around the Baby"),  # a link in either case, then "the"
    ("Mum asked the police about Helen's Law.", "Helen's Law"),  # a law named after a person
    ("The concurrent placement started in May.", "concurrent placement"),
    ("Dad will have witness care at the court.", "witness care"),
])
def test_more_shapes_of_names_and_compounds(text, term):
    assert term.lower() not in LEXICON.phrases
    assert term in written(text)


@pytest.mark.parametrize("text", [
    "Dad studies Family Law at college.",
    "Children who witness violence need help.",
    "Mali is in a good position to help Nain.",
    "The baby's sleeping position check is done.",
    "Statement of Mum's wishes: to stay in Rhyl.",
])
def test_everyday_words_near_the_new_shapes_stay_plain(text):
    assert found(text) == []
