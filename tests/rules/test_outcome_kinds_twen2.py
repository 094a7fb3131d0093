"""Outcomes of the kinds the Welsh reading learned from session 36's blind Welsh round (cw12), whose English twins the
English reading missed, written here as sentences of our own (never corpus rows).

Poor (each names the child, so the rule is `service-focused-outcome`): the child housed or moved by the process into
the council's or the care system's places ('Jac will be moved from the bed and breakfast to supported accommodation',
'Jac will be housed in emergency accommodation', living in a bed and breakfast); controls the adults put on the child's
phone or computer ('Parental controls will be set up on Cai's phone', 'A filter will be put on Nia's computer', 'There
will be parental controls on Nia's phone'); medication had or started ('Harri will get ADHD medication'); the short
break house or a respite centre kept to or stayed at ('Lili will go to the short break house one night a week', 'Lili
will have an overnight stay at the respite centre every month'); life journey work and structured education on a
condition had ('Nel will have life journey work', 'Osian will have structured education about diabetes').

Beside them the child's own day stays silent: moving into his own flat, or from the hostel to his own flat or to live
with his uncle (where he moves to decides, and leaving a service's place is his own step); setting her own phone to go
quiet, or turning on its safety settings herself; his own tablet taken with his breakfast, medicine had when his ear
hurts, and Mum giving him his medicine (the family's day); a sleepover at her friend's house, or enjoying her sleepover
at the short break house; looking at her own life story book when she wants to (the book had or completed stays the care
system's); checking his own blood sugar.

Left alone (see LEFT_ALONE): "Tomos's basic needs will be met" (two dev rows label the bare passive both ways), and 'a
phone call with his dad every Wednesday evening': having contact with his dad every Wednesday is silent too, and no
shape tells contact had by phone from the child ringing his dad, so it stays with the labels. Also left: 'will be
found a place in a hostel' and 'a life journey book made with her' (a word each, not a kind: no second sentence of
ours showed either)."""

from __future__ import annotations

import pytest

from coreplan.rules.outcomes import is_service_focused, names_a_child, service_words

NAMES = ["Jac", "Ffion", "Cai", "Nia", "Harri", "Lili", "Nel", "Osian", "Tomos", "Elis", "Mali", "Seren"]

POOR = [
    # housed or moved by the process into the council's or the care system's places
    "Jac will be moved from the bed and breakfast to supported accommodation.",
    "Jac will be housed in emergency accommodation.",
    "Ffion will be placed in a hostel.",
    "Jac will be moved to supported lodgings.",
    "Jac will be rehoused in a hostel for young people.",
    "Ffion will be moved out of the B&B by the end of the month.",
    "Jac will be housed by the council in temporary accommodation.",
    "Jac will live in a bed and breakfast until a flat is found.",
    "Ffion will move from the bed and breakfast into a hostel.",
    "Ffion will be relocated to a refuge with her mum.",
    "Jac will stay in the B&B for no more than six weeks.",
    "Jac will be moved to a new placement nearer his school.",
    # controls the adults put on the child's phone or computer
    "Parental controls will be set up on Cai's phone.",
    "A filter will be put on Nia's computer.",
    "There will be parental controls on Nia's phone.",
    "Mum will put parental controls on Cai's phone.",
    "Cai's laptop will have a filter.",
    "Nia will have parental controls on her tablet.",
    "A monitoring app will be installed on Nia's phone.",
    "There will be a filter on the family computer so Nia is safe online.",
    "Cai will have a tracking app on his phone.",
    # medication had or started
    "Harri will get ADHD medication.",
    "Harri will be given medication for his ADHD.",
    "Harri will start ADHD medication.",
    "Harri will have medication for his ADHD by the spring.",
    "Harri will start on medication after his assessment.",
    "Harri will get a prescription for melatonin.",
    "Harri will receive medication for his sleep.",
    "Harri will have his medication reviewed by his paediatrician.",
    # the short break house or a respite centre kept to or stayed at
    "Lili will go to the short break house one night a week.",
    "Lili will have an overnight stay at the respite centre every month.",
    "Lili will stay at the short break house two weekends a month.",
    "Lili will have a weekend at the short break house every month.",
    "Lili will have a night at the respite centre once a fortnight.",
    "Lili will go to the respite house every other weekend.",
    "Lili will attend the short breaks house one night a week.",
    # life journey work and structured education on a condition had
    "Nel will have life journey work.",
    "Osian will have structured education about diabetes.",
    "Nel will have life story work with her social worker.",
    "Nel will do life journey work at school.",
    "Osian will do a structured education course about his diabetes.",
    "Osian will have psychoeducation about his anxiety.",
    "Nel will have a life story book.",
    # a second round of probes of our own, and the shapes it showed: medication put on or been on, a night spent at a
    # service's place with how often between
    "Harri will be put on medication for his ADHD.",
    "Harri will be on ADHD medication by Christmas.",
    "Lili will spend one night a week at the respite centre.",
    "Jac will be given a room in supported accommodation.",
    "Ffion will be housed in a bed and breakfast while a placement is found.",
    "Nia's computer will have filtering software.",
    "Internet filters will be in place on Nia's laptop at home.",
    "Harri will have a medication review every six months.",
    "Lili will have respite one weekend a month.",
    "Lili will have short breaks at the short break house.",
    "Osian will go to a structured education group for young people with diabetes.",
    "Osian will be given education about his diabetes.",
    "Seren will eat lunch with her nurture group.",
]

GOOD = [
    # his own step: where he moves to decides
    "Jac will move into his own flat in March.",
    "Jac will go to live with his uncle.",
    "Jac will move from the hostel to his own flat.",
    "Jac will move from the hostel to live with his uncle.",
    "Jac will move into a flat with his girlfriend.",
    "Jac will move out of the hostel and into his own flat.",
    "Ffion will move back home to live with Mum.",
    "Jac will keep his room at the hostel clean and tidy.",
    "Jac will cook his own tea at the hostel three times a week.",
    "Jac will have breakfast every morning before college.",
    "Jac will be moved up to the top set in maths.",
    "Jac will be moved from the bottom set to the top set in maths.",
    # her own phone, her own doing
    "Nia will set her phone to go quiet at nine.",
    "Cai will tell Mum if he sees something online that upsets him.",
    "Nia will put her phone away at nine o'clock.",
    "Cai will turn on the safety settings on his phone himself.",
    "Nia will check the safety settings on her phone with Mum.",
    "Nia will use the app on her phone to track her mood.",
    "Nia will tell Dad when someone she doesn't know messages her.",
    "Cai will play on his Xbox for an hour after tea.",
    "Cai will use his phone for no more than two hours a day.",
    "Nia will keep her phone downstairs at night.",
    # his own medicine taken in his day, or given by the family
    "Harri will take his tablet with his breakfast.",
    "Mum will give Harri his medicine every morning and he will be calmer at school.",
    "Harri will take his medication every morning before school.",
    "Harri will have his medicine with his breakfast.",
    "Harri will remember to take his tablets without being reminded.",
    "Harri will have medicine when his ear hurts.",
    "Dad will give Harri his tablets with his tea.",
    "Harri will get his medicine from the cupboard himself.",
    # her own nights
    "Lili will enjoy her sleepover at the short break house and tell Mum about it.",
    "Lili will have a sleepover at her friend's house.",
    "Lili will sleep through the night at the short break house.",
    "Lili will tell her carer at the short break house when she is hungry.",
    "Lili will have a sleepover at Nain's every other Saturday.",
    "Lili will be excited about going to the short break house.",
    "Mali will have a break at lunchtime with her friends.",
    "Cai will have a night at his dad's every weekend.",
    # her own story and his own care of his condition
    "Nel will look at her life story book with her carer when she wants to.",
    "Nel will show her life story book to her best friend.",
    "Nel will add photos to her life story book.",
    "Nel will know why she came into care and be able to tell her story.",
    "Osian will check his blood sugar before lunch.",
    "Osian will tell his teacher when he feels shaky.",
    "Osian will inject his insulin himself at lunchtime.",
    # the second round's own days
    "Jac will choose his own furniture for his new flat.",
    "Jac will pay his rent at the hostel on time.",
    "Nia will keep her laptop in the kitchen.",
    "Harri will tell Mum when his medicine makes him feel sick.",
    "Harri will be calmer in class after his tablet in the morning.",
    "Lili will pack her own bag for her stay with Nain.",
    "Lili will have a weekend at the seaside with her dad.",
    "Nel will make a memory box with Mum.",
    "Osian will know what to eat when his sugar is low.",
    "Cai will stay at his friend's house on Friday night.",
    "Lili will spend one night a week at Nain's house.",
    "Lili will spend a weekend every month with her dad.",
    "Harri will be on time for school every morning.",
    "Harri will be put on the school football team.",
    "Harri will be on his best behaviour at the dentist.",
    "Harri will no longer need medication to sleep.",
    # (his phone checked by Mum is the family's day; checked by the police would be the process's)
    "Cai's phone will be checked by Mum every night.",
    # (cw13's English twin: her own group of classmates after 'with', as Welsh 'gyda'i grŵp'; 'with her nurture
    # group' and 'through her group', which may be a service's, stay found)
    "Seren will eat her sandwiches with her group at lunchtime.",
    "Seren will read with her group every morning.",
]

# Left alone on purpose: the bare passive of needs met (two dev rows label it both ways), and contact with his dad had
# by phone at a set time, which reads as 'have contact with his dad every Wednesday' does (silent) and as ringing him
LEFT_ALONE = [
    "Tomos's basic needs will be met.",
    "Elis will have a phone call with his dad every Wednesday evening.",
    "Elis will have contact with his dad every Wednesday evening.",
    "Elis will ring his dad every Wednesday evening to tell him about his week.",
]


@pytest.mark.parametrize("text", POOR)
def test_service_wording_of_these_kinds_is_found_by_service_focused_outcome(text):
    assert names_a_child(text, NAMES), text  # the child is named: not outcome-without-child
    assert is_service_focused(text, NAMES), text
    assert service_words(text) is not None, text


@pytest.mark.parametrize("text", GOOD)
def test_the_childs_own_day_of_these_kinds_is_not(text):
    assert names_a_child(text, NAMES), text
    assert not is_service_focused(text, NAMES), (text, service_words(text) and service_words(text).group(0))


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_what_is_left_to_the_labels_stays_silent(text):
    assert names_a_child(text, NAMES), text
    assert not is_service_focused(text, NAMES), text
