"""Shorthand actions by the kind of thing they ask (issue 12), not by their wording: whoever acts, whatever
its length. Each kind has sentences both ways, and the reason names the words that made it shorthand.
None of these sentences is in the corpus: they are written here from the kinds, so that the rule is
tested on wording it was not tuned on."""

from __future__ import annotations

import pytest

from coreplan.rules.actions import shorthand_reason

AIM = "names an aim or a thought, not what anyone will do"
PROCESS = "names a process or a service, not what will change"
WATCH = "says who will watch or pass on worries, not what they will look for or do"


def reason(text: str) -> str | None:
    found = shorthand_reason(text)
    return None if found is None else str(found)


@pytest.mark.parametrize(("text", "expected"), [
    # a person named without a role: 'to' after the name is the plan's 'will', not a purpose
    ("Osian to keep to the rules of the house.", f"'keep to the rules' {PROCESS}"),
    ("Auntie Ceri to keep an eye on the children.", f"'keep an eye on' {WATCH}"),
    # a group named as who acts, with nothing particular after it
    ("Family members to keep the children safe.", "'Family members to' names nobody and no behaviour"),
    ("Members of the network to support Mum.", "'Members of the network to' names nobody and no behaviour"),
])
def test_who_acts_is_read_whoever_it_is(text, expected):
    assert reason(text) == expected


@pytest.mark.parametrize("text", [
    "Parents to take turns doing the school run.",  # a group in a particular step
    "Family members to take turns to sit with Mum on Saturday nights.",
    "Osian to keep his phone switched on and answer when Mum rings.",
    "Take Osian to the dentist on 3 May.",  # an instruction: the verb, not a name, comes first
    "Read to Cai for ten minutes every night.",
])
def test_who_acts_in_a_particular_step_is_not(text):
    assert reason(text) is None


@pytest.mark.parametrize(("text", "words"), [
    # no commitment yet: looking into, trying, being willing
    ("Nain will look into having the children on Saturdays.", "look into"),
    ("Mum will try to get the children to school.", "try to"),
    ("Dad to be encouraged to take up the offer of counselling.", "be encouraged to"),
    # a behaviour named only as good or bad
    ("Osian to behave better at school.", "behave better"),
    ("Osian to make better choices.", "make better choices"),
    ("Teifi will stay out of trouble at weekends.", "stay out of trouble"),
    # safety as a state, not a step
    ("Cerys to stay safe when she goes out.", "stay safe"),
    ("Osian to keep himself safe.", "keep himself safe"),
    # arrangements to make, things to put in place
    ("Make arrangements for the children's care if Mum becomes unwell.", "Make arrangements"),
    ("Put measures in place to keep Mia safe.", "Put measures in place"),
])
def test_no_commitment_a_good_or_safe_state_and_arrangements_are_aims(text, words):
    assert reason(text) == f"'{words}' {AIM}"


@pytest.mark.parametrize("text", [
    "Keep the children safe by locking the back door and keeping the key on the hook.",  # by what means
    "Keep the medicines safe in the locked box on the top shelf.",  # where: a step
    "Keep Mia safe from Lee by not letting him into the house.",
    "Mum will behave calmly at handovers, waiting in the car while Nain takes the children in.",
    "Make arrangements for Nain to collect the children on Mondays.",  # the arrangement, written
])
def test_the_same_aims_with_their_means_are_not(text):
    assert reason(text) is None


@pytest.mark.parametrize(("text", "words"), [
    # keeping to what an order or the plan says, without saying it
    ("Rhys to keep to his curfew.", "keep to his curfew"),
    ("Dad will stick to the contact arrangements.", "stick to the contact arrangements"),
    ("Carers to work within the safety plan every day.", "work within the safety plan"),  # a time does not help
    # going through a process
    ("Each parent will undergo a parenting assessment.", "undergo a parenting assessment"),
    ("Mum will start counselling in January.", "start counselling"),
    ("Social worker to do direct work with Osian.", "do direct work with"),
    # the plan's own upkeep
    ("Review the safety plan after any incident.", "Review the safety plan"),
    ("Social worker to keep the case under review.", "keep the case under review"),
    # the process as what happens, whoever does it and whenever
    ("An assessment of Dad's parenting will be completed by the end of March.", "be completed"),
    ("Mum's drinking to be discussed at each visit.", "be discussed"),
])
def test_compliance_a_process_and_the_plans_upkeep_are_processes(text, words):
    assert reason(text) == f"'{words}' {PROCESS}"


@pytest.mark.parametrize("text", [
    "Keep to the bedtime routine of bath, story and lights out by 7.30.",  # the routine, written
    "Social worker to do direct work with Osian to help him understand why he cannot live with Dad.",
    "Dad to start work at the garage on Monday.",  # a job, not a programme
    "Mum to review the children's bedtime chart with them every Friday.",  # the family's chart, not the plan
    "Osian to follow the house rules: home by 9pm, phone on, no friends upstairs.",  # the rules, written out
    "The children will be provided with a hot meal every evening.",  # what is provided, and when
    "Mia will be seen on her own by the social worker every four weeks.",
])
def test_the_same_verbs_with_what_they_keep_to_or_are_for_are_not(text):
    assert reason(text) is None


@pytest.mark.parametrize(("text", "words"), [
    ("School to keep an eye on Mia every day.", "keep an eye on"),  # how often is not what for
    ("The nursery to remain vigilant.", "remain vigilant"),
    ("Health visitor to watch for signs of neglect.", "watch for"),
    ("School to report any concerns.", "report any concerns"),
    ("Let us know about any changes.", "Let us know about any changes"),
])
def test_watching_and_passing_on_worries_name_no_behaviour(text, words):
    assert reason(text) == f"'{words}' {WATCH}"


@pytest.mark.parametrize("text", [
    "Grandma Pam will check on Lydia every evening by phone.",
    "School to keep an eye on Mia's lunchbox and ring Mum if it is empty.",  # what will be done about it
    "Tell the social worker about any new partner before they stay over.",
    "Report any bruises to the social worker the same day.",
])
def test_watching_with_what_is_done_about_it_is_not(text):
    assert reason(text) is None


@pytest.mark.parametrize("text", [
    # a particular step with no time in it: presence, a thing of the day, a means someone showed
    "Nain will stay with the children during visits.",
    "Dad will supervise all the children's baths.",
    "Mum will end contact with Lee and block his number.",
    "Mum to make up Cai's bottles with cooled boiled water as the health visitor showed her.",
])
def test_a_particular_step_without_a_time_is_not(text):
    assert reason(text) is None


@pytest.mark.parametrize("text", [
    # short and specific: a behaviour to stop, a state a test can show, a time in words
    "Mum to stop drinking.",
    "Give up smoking.",
    "Stop hitting Mia.",
    "Mum to stay sober.",
    "Osian home by nine.",
])
def test_short_specific_steps_are_not_labels(text):
    assert reason(text) is None


def test_stopping_something_left_vague_is_still_a_label():
    assert reason("Stop avoiding professionals.") == "it is a label, not an action"


def test_the_plans_own_group_meeting_is_its_process_however_often():
    assert reason("Core group to meet at least once every six weeks.") == f"'Core group to meet' {PROCESS}"
    assert reason("Family members to meet every Sunday to plan the meals.") is None  # the family's own meeting
