"""Outcomes on the kinds of plan session 31's blind English round came from, written here as sentences of our own
(never corpus rows): youth justice orders and contracts, going missing and return interviews, exploitation, perinatal
mental health, the two-year-old childcare offer, speech and language targets, short breaks, equipment and moving and
handling for disabled children, young carers, temporary accommodation, unaccompanied asylum-seeking children, parents'
drink and drugs, domestic abuse safety planning, CAMHS and crisis care.

Poor (each names the child, so the rule is `service-focused-outcome`, never `outcome-without-child`): an order's hours
written as numbers in words ('twenty-five hours of appointments a week': the article after the head starts another
phrase, so the head stays 'appointments'), doing what a service sets ('do forty hours of unpaid work'), keeping to an
order's terms, a place or hours paid for by a service ('a funded place', 'her allocated hours'), a short breaks unit, a
return interview, a personal health budget, equipment fitted or installed, providers named by their
initials (an IDVA, the YOT, a CPN), an appropriate adult and a youth facilitator. Beside them the child's own day in
the same plans stays silent: a curfew kept, homework done, a paper round, getting to school from the hostel, words said
by a birthday, a wheelchair or a hoist used by the child himself."""

from __future__ import annotations

import pytest

from coreplan.rules.outcomes import is_service_focused, names_a_child, service_words

NAMES = ["Gethin", "Ioan", "Efa", "Osian", "Nel", "Macsen", "Sioned", "Carys", "Rhodri"]

POOR = [
    # youth justice and missing
    'Gethin will complete the hours of reparation set by the panel.',
    'Gethin will keep to the terms of his referral order contract.',
    'Gethin will do twenty hours of unpaid work before March.',
    'Gethin will meet his YOT worker every Tuesday.',
    'Gethin will have a caseworker from the youth justice service.',
    'Gethin will attend an offending behaviour programme.',
    'Gethin will sign his contract at the first panel meeting.',
    'Gethin will complete his intensive referral order.',
    'Gethin will have a mentor through the youth justice service.',
    'Gethin will take part in a restorative justice conference.',
    'Gethin will be supervised by the youth offending team for six months.',
    'Gethin will go to all his appointments at the youth offending service.',
    'Gethin will have an appropriate adult at his police interview.',
    'Ioan will have a return interview after every missing episode.',
    'Ioan will be offered an independent return home interview within three days.',
    'Ioan will have a safe and well check by the police each time he is found.',
    'Ioan will be referred to the exploitation team.',
    'Ioan will have sessions with the child exploitation worker.',
    'Ioan will be discussed at the missing and exploitation panel each month.',
    'Ioan will be flagged as at risk on police systems.',
    'Ioan will be given helpline numbers by the return interview worker.',
    'Ioan will do the CSE work with his key worker.',
    'Ioan will have twenty-five sessions of one-to-one work on staying safe.',
    # perinatal, early years and speech
    'Efa will have fifteen funded hours at nursery each week.',
    'Efa will take up her funded place at pre-school in January.',
    'Efa will have a funded nursery place from the term after her second birthday.',
    "Efa will use her allocated hours at the childminder's.",
    'Efa will have weekly visits from the perinatal team with her mum.',
    'Efa will be seen by the health visitor every fortnight.',
    'Efa will have her two-year check with the health visitor.',
    'Efa will have a nursery nurse to support bonding with her mum.',
    'Efa will be on the caseload of the speech and language team.',
    'Efa will have speech and language therapy twice a week at nursery.',
    'Efa will have a communication programme carried out by her key person.',
    'Efa will have her speech targets reviewed each term.',
    'Efa will have sessions with the SLT every fortnight.',
    'Efa will have a Makaton-trained key person at nursery.',
    'Efa will be referred to the early years inclusion team.',
    'Efa will have an early years support plan.',
    'Efa will go to a speech and language group at the family centre.',
    'Efa will have thirty hours of funded childcare a week.',
    'Efa will be assessed by the speech therapist before she starts school.',
    # disabled children and young carers
    'Osian will have an overnight short break once a month.',
    'Osian will have a short break with a family-based carer every other weekend.',
    'Osian will have a moving and handling assessment at home.',
    'Osian will have a hoist fitted in his bedroom.',
    'Osian will have a ramp installed at the back door.',
    'Osian will be assessed by the occupational therapist for a new wheelchair.',
    'Osian will have his equipment reviewed every six months.',
    'Osian will have a personal assistant for four hours on Saturdays.',
    'Osian will have a direct payment to pay for his personal assistant.',
    'Osian will get a personal health budget for hydrotherapy.',
    'Osian will have a buddy from the short breaks service.',
    "Osian will have a carer's assessment with his mum.",
    'Osian will have a young carers assessment.',
    'Osian will go to the young carers group every fortnight.',
    "Osian will have a young carer's support plan reviewed every year.",
    'Osian will have an emergency plan for when his mum is in hospital.',
    'Osian will have one-to-one support at school from a teaching assistant.',
    'Osian will have an EHC needs assessment.',
    'Osian will have his EHC plan reviewed in the summer term.',
    "Osian will be referred to the disabled children's team.",
    # housing, asylum, substance use and abuse
    'Nel will have a place in a family hostel.',
    'Nel will be moved to self-contained temporary accommodation.',
    'Nel will be rehoused near her school.',
    'Nel will have a bed provided by the housing team.',
    'Nel will have a housing officer.',
    'Nel will have a suitability review of her accommodation.',
    'Macsen will have an age assessment.',
    'Macsen will have an interpreter at his asylum interview.',
    'Macsen will be allocated an independent visitor.',
    'Macsen will have a pathway plan in place by sixteen.',
    'Macsen will have a health assessment within twenty days.',
    'Macsen will be placed with a foster family who speaks his language.',
    "Sioned will have a young people's worker from the drug and alcohol service.",
    "Sioned will have sessions about her dad's drinking with the hidden harm worker.",
    'Sioned will have a safety plan agreed with her IDVA.',
    'Carys will have an IDVA.',
    'Carys will be discussed at MARAC.',
    'Carys will have safety planning sessions with her lead professional.',
    'Carys will have therapeutic support from the domestic abuse service.',
    'Carys will go to a group for children who have lived with domestic abuse.',
    # mental health
    'Rhodri will have a care coordinator from CAMHS.',
    'Rhodri will have a crisis plan agreed with the home treatment team.',
    'Rhodri will be seen by the crisis team within four hours.',
    'Rhodri will be on the waiting list for a CAMHS assessment.',
    'Rhodri will have fortnightly appointments with the CAMHS nurse.',
    'Rhodri will have CBT sessions every week.',
    'Rhodri will be discharged from CAMHS with a step-down plan.',
    'Rhodri will have his medication reviewed by the psychiatrist.',
    'Rhodri will have a risk management plan.',
    'Rhodri will have a youth facilitator after he leaves CAMHS.',
    'Rhodri will be admitted to the adolescent unit if he is not safe at home.',
    'Rhodri will do a course of DBT with the CAMHS team.',
    'Rhodri will have an early help assessment.',
    'Rhodri will have a counsellor at school.',
]

GOOD = [
    # youth justice and missing
    'Gethin will be home by eight every night and stay out of the town centre.',
    'Gethin will write to the shop owner to say sorry.',
    'Gethin will not get into trouble with the police again.',
    'Gethin will do a paper round on Saturday mornings.',
    'Gethin will do his homework before he goes out.',
    'Gethin will keep to his curfew every night this month.',
    'Gethin will play for the football team on Sundays.',
    'Gethin will do well in his mock exams.',
    'Ioan will tell his mum where he is going and who with.',
    'Ioan will ring home if he is going to be late.',
    'Ioan will not go missing over the summer holidays.',
    'Ioan will stop meeting the older men at the park.',
    'Ioan will sleep at home every night.',
    'Ioan will keep his phone charged and answer when Mum calls.',
    # perinatal, early years and speech
    'Efa will use two words together to ask for what she wants by the summer.',
    'Efa will point to pictures in a book when her mum names them.',
    'Efa will play next to other children at nursery and share the toys.',
    'Efa will settle at nursery and eat her lunch with the other children.',
    'Efa will take turns in a game with her brother.',
    'Efa will sleep in her own cot every night.',
    'Efa will be fed every three hours and gain weight steadily.',
    'Efa will smile and babble back when her mum talks to her.',
    'Efa will say fifteen words by her second birthday.',
    'Efa will go to nursery three mornings a week and play outside.',
    'Efa will join in the songs at nursery.',
    # disabled children and young carers
    "Osian will get into bed using his hoist with his dad's help.",
    'Osian will use his wheelchair to move around the school on his own.',
    'Osian will make friends at the Saturday club.',
    'Osian will spend a night away from home with his cousins.',
    'Osian will have time to do his homework without looking after his mum.',
    'Osian will go to bed by ten on school nights.',
    'Osian will not have to help his mum wash or dress.',
    'Osian will go swimming with his friends on Saturday.',
    'Osian will feed himself with his adapted spoon.',
    'Osian will tell his teacher when he is tired from caring.',
    'Osian will go on the school trip to the castle.',
    'Osian will have his tea with the family every night.',
    # housing, asylum, substance use and abuse
    'Nel will sleep in a bed of her own every night.',
    'Nel will get to school on time from the hostel.',
    'Nel will keep her place at her school when the family moves.',
    'Nel will play outside with her brother after school.',
    'Macsen will speak English well enough to buy his own bus ticket.',
    'Macsen will cook a meal from home for his foster family once a week.',
    'Macsen will go to college five days a week.',
    'Macsen will keep in touch with his cousin in Cardiff.',
    'Sioned will have breakfast before school every day.',
    'Sioned will not be left to look after her brother.',
    'Carys will know the code word and ring 999 if she hears it.',
    'Carys will go to her room with her brother if there is shouting.',
    'Carys will feel safe at home and sleep through the night.',
    'Carys will name three adults she can tell if she is scared.',
    # mental health
    'Rhodri will go to school every day and stay until home time.',
    'Rhodri will tell his mum when he feels low.',
    'Rhodri will sleep for at least eight hours a night.',
    'Rhodri will go climbing with his friend on Saturdays.',
    'Rhodri will eat three meals a day with the family.',
    'Rhodri will say he feels calmer most days.',
    'Rhodri will take his tablets every morning with breakfast.',
    'Rhodri will ring Nain when he is worried.',
    'Rhodri will go to the youth club on Fridays.',
]


@pytest.mark.parametrize("text", POOR)
def test_service_wording_of_these_plans_is_found_by_service_focused_outcome(text):
    assert names_a_child(text, NAMES), text  # the child is named: not outcome-without-child
    assert is_service_focused(text, NAMES), text
    assert service_words(text) is not None, text


@pytest.mark.parametrize("text", GOOD)
def test_the_childs_own_day_in_these_plans_is_not(text):
    assert names_a_child(text, NAMES), text
    assert not is_service_focused(text, NAMES), (text, service_words(text) and service_words(text).group(0))
