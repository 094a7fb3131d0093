"""Outcomes on the kinds of plan session 36's blind English round (oe11) came from, written here as sentences of our own
(never corpus rows): physical disability, sight and hearing loss, emotionally based school avoidance, self-harm, personal
education plans, looked after children's health, family time, adults' care and support plans that name children, a
parent in the armed forces, continence, Down's syndrome, remand, bereavement, teenage relationship abuse, healthy weight,
and hygiene and head lice in neglect.

The round's dev part (four misses, no false alarm), by kind: a sensory service's teacher as a provider ('weekly visits
from a Teacher of the Deaf', 'a teacher for the visually impaired', QTOD and QTVI; 'her teacher of Welsh' is her class's);
a paid carer made to act in an adult's plan ('have a carer visit each morning', as 'have a care worker visit' already
was; 'have her carer help her', a foster carer or the family, is not); and something of the child's kept for them at
school ('have a change of clothes kept in the school office'; 'keep his spare clothes in his locker' and a kit kept in his
bedroom are his own). Left alone: 'a phone call with his dad every Wednesday evening' (contact by phone, which the same
words in the child's own day cannot be told from by shape).

Then 56 probe outcomes of our own on these kinds of plan, written after the blind measurement (37 poor, 19 good): 6 were
wrong before these changes and 1 after. Taught by kind: contact kept through the agency ('letterbox contact', 'indirect
contact', as 'supervised contact' already was), and a doctor's or a court's decision done to the child ('prescribed
medication by his GP', 'remanded to local authority accommodation'). Left alone: 'sign with her Teacher of the Deaf about
her weekend' is reported, as 'talk with his mentor about...' already was (a conversation 'with' a provider is read as a
means; 'sign to her Teacher of the Deaf' and 'talk to his mentor' are not).
"""

from __future__ import annotations

import pytest

from coreplan.rules.outcomes import is_service_focused, names_a_child

NAMES = ["Macsen", "Alaw", "Ioan", "Nel", "Tegan", "Owain", "Efa", "Cai", "Iestyn", "Jac", "Gwen", "Tomos", "Lili",
         "Anna", "Alys", "Gwion"]

DEV_POOR = [
    "Anna will have weekly visits from a Teacher of the Deaf.",
    "Anna will have visits from a teacher of the deaf each half term.",
    "Ioan will be taught by a teacher for the visually impaired.",
    "Anna will see her QTOD every week.",
    "Ioan will meet the QTVI twice a term.",
    "Anna will be seen by the audiologist every three months.",
    "Mr Pryce will have a carer visit each morning so that Alys gets to school on time.",
    "Mum will have carers come in four times a day so that Alys can go to her club.",
    "Alys will have a paid carer help her get ready for school.",
    "Gwion will have a change of clothes kept in the school office.",
    "Gwion will have his inhaler stored in the classroom.",
    "Gwion will have his medicine kept in the medical room.",
]

DEV_GOOD = [
    "Anna will tell her teacher of Welsh about her weekend.",
    "Anna will read to her teacher every morning.",
    "Anna will sign to her friends at lunch and play with her deaf friends at the club.",
    "Anna will have weekly visits from her nain.",
    "Alys will have her carer help her with her homework.",
    "Alys will have her foster carer come to watch her play netball.",
    "Alys will tell her carers when she feels sad.",
    "Gwion will keep his spare clothes in his locker.",
    "Gwion will have his football kit kept in his bedroom.",
    "Gwion will keep his bike in the shed at home.",
]

PROBES_POOR = [
    "Macsen will have hydrotherapy sessions at the hospital pool every Tuesday.",
    "Macsen will be fitted for a new wheelchair by the wheelchair service.",
    "Macsen's standing frame will be reviewed by the physio each term.",
    "Alaw will have a radio aid provided for use in lessons.",
    "Alaw will have a Teacher of the Deaf visit her class each fortnight.",
    "Ioan will receive mobility training from the habilitation officer.",
    "Nel will have a weekly check-in with the school counsellor.",
    "Tegan will be supported by the crisis team after discharge.",
    "Owain will have his PEP reviewed each term by the virtual school.",
    "Owain will have his initial health assessment within 20 working days.",
    "Efa will have supervised family time with her mum at the contact centre.",
    "Efa will have letterbox contact with her birth father twice a year.",
    "Efa will have indirect contact with her brother through the adoption agency.",
    "Mrs Davies will have a carer come in each evening so that Nel does not have to help her to bed.",
    "Iestyn will have pads and wipes kept in the medical room.",
    "Iestyn will be prescribed medication for constipation by his GP.",
    "Tegan will be prescribed an antidepressant by her psychiatrist.",
    "Jac will be remanded to local authority accommodation.",
    "Jac will be visited in custody by his social worker every fortnight.",
    "Gwen will have sessions with a Cruse volunteer.",
    "Tomos will be enrolled on a healthy lifestyle programme.",
    "Lili will have her hair treated for head lice by the school nurse.",
]

PROBES_GOOD = [
    "Macsen will push his own wheelchair from the classroom to the playground at break.",
    "Alaw will use her radio aid to follow what her teacher says in lessons.",
    "Alaw will sign to her Teacher of the Deaf about what she did at the weekend.",
    "Ioan will use his long cane to find his way to the canteen.",
    "Nel will use her time-out card when lessons feel too much and go back after ten minutes.",
    "Tegan will keep to her safety plan and ring her aunt when the thoughts come.",
    "Efa will write letters to her birth mum and get replies.",
    "Cai will talk to his dad on video calls while he is away with the army.",
    "Iestyn will keep his spare clothes in his school bag.",
    "Iestyn will take the medicine prescribed for him without any fuss.",
    "Jac will keep to his bail curfew and be home by nine every night.",
    "Gwen will visit her mum's grave with her dad on Sundays.",
    "Lili will wash her hair twice a week and keep her hair free of lice.",
]


# the dev part's kinds and the probes' kinds, each sentence naming a child
@pytest.mark.parametrize("text", DEV_POOR + PROBES_POOR)
def test_service_wording_of_these_plans_is_found(text):
    assert names_a_child(text, NAMES)
    assert is_service_focused(text, NAMES), text


@pytest.mark.parametrize("text", DEV_GOOD + PROBES_GOOD)
def test_the_childs_own_day_in_these_plans_is_not(text):
    assert names_a_child(text, NAMES)
    assert not is_service_focused(text, NAMES), text
