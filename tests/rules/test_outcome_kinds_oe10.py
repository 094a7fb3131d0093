"""Outcomes on the kinds of plan session 35's blind English round (oe10) came from, written here as sentences of our own
(never corpus rows): type 1 diabetes at school, kinship care, adoption support, toilet training and school readiness,
parental conflict, school attendance, knife crime and youth justice, young people's own drug and alcohol use, babies'
feeding and bonding, ADHD, radicalisation, short breaks for disabled children, child sexual exploitation, homeless 16 and
17 year olds and leaving care.

First, three false alarms known before the round, fixed by kind: the child's needs met in a home of the family's ('met
in a loving home', as 'met by Mum' already was; a residential children's home or placement stays found); a service
clause joined by 'and' to a clause that says how the child will be ('will go to the dentist with Mum every six
months and his teeth will be healthy'; the attendance alone, or '... and his teeth will be checked', stays found); and
the child's views heard by her family ('heard at conference' stays the process's).

Then the round's dev part (one miss, three false alarms), by kind: the process's papers had ('have a copy of her plan',
'get copies of the minutes'; a copy of her favourite book is her own); and three silences: the school's medical room as a
place of the child's own care ('check her own blood sugar in the medical room'; 'have a medical' stays found), the
child's attendance figure rising ('her attendance will rise above 95%'; attendance at appointments stays found), and a
course of study at college or university as the young person's own week, as a college placement is ('start a college
course'; 'an anger management course' stays found).

Then 73 probe outcomes of our own on these kinds of plan, written after the blind measurement (40 poor, 33 good): 5 were
wrong before and 3 after. Taught by kind: reparation as a youth justice order's work counted in hours ('do twenty hours of
reparation', the twin of 'hours of unpaid work'), and a drug, urine or breath test done to the young person ('will be drug
tested at each session'). Left alone: a hypo box 'kept in his classroom' (an arrangement, as oe9's medication 'kept in the
school office'); keeping to a curfew 'as set by the court' (an earlier round labels a curfew kept the child's day, so the
label, not a shape, decides); and 'register with a GP ... and book her own appointments' (whether a care leaver's own
registering and booking is her independence or an attendance is for the label: 'with a GP' is read as a means).
"""

from __future__ import annotations

import pytest

from coreplan.rules.outcomes import is_service_focused, names_a_child

NAMES = ["Tomos", "Nia", "Cerys", "Elis", "Jac", "Seren", "Macsen", "Alaw", "Ioan", "Harri", "Tegan", "Owain", "Ffion",
         "Gwen", "Dylan", "Rhys", "Nel", "Megan", "Iestyn", "Lowri", "Osian", "Efa", "Cai", "Mali", "Gethin", "Lili"]

KNOWN_POOR = [
    "Tomos's needs will be met by the children's centre.",
    "Tomos's needs will be met in a residential placement.",
    "Osian's needs will be met in a residential children's home.",
    "Osian's needs will be met in a new home by his foster carers.",
    "Tomos will attend the dentist every six months.",
    "Tomos will attend the dentist every six months and his teeth will be checked.",
    "Efa will see the optician once a year and have her eyes tested.",
    "Nia's views will be heard at conference.",
    "Tomos will attend counselling so that he will be happier.",
    "Jac will attend the contact centre with his dad and be safe.",
    "Nia's views about moving schools will be heard at her review.",
    "Cai's wishes and feelings will be listened to at every core group.",
]

KNOWN_GOOD = [
    "Tomos's needs will be met in a loving home.",
    "Mali's needs will be met in her family home by Nain and Taid.",
    "Gethin's needs will be met in a safe and happy home.",
    "Tomos will go to the dentist with Mum every six months and his teeth will be healthy.",
    "Efa will go to the optician with Dad once a year and her eyes will be comfortable when she reads the board.",
    "Lili will brush her teeth twice a day and see the dentist with Nain, and her teeth will be free of decay.",
    "Nia's views will be heard by her family.",
    "Cai's wishes will be listened to by his parents when they plan the summer holidays.",
]


DEV_POOR = [
    "Lowri will have a copy of her plan.",
    "Cai will get copies of the minutes of every review.",
    "Mali will have a copy of the assessment so she knows what was said.",
    "Cerys will have a medical every year.",
    "Tegan's attendance at appointments will rise to 90%.",
    "Jac's mum's attendance at the parenting group will improve.",
    "Rhys will complete an anger management course.",
    "Owain will go on a victim awareness course run by the youth justice service.",
]

DEV_GOOD = [
    "Lowri will have a copy of her favourite book to read at bedtime.",
    "Cerys will check her own blood sugar in the medical room before break.",
    "Elis will go to the medical room on his own when he feels a low coming on.",
    "Tegan's attendance will rise above 92% by the summer term.",
    "Harri's attendance will improve to at least 95% this year.",
    "Rhys will start a college course in hairdressing in September.",
    "Ffion will finish her university course and move into a flat with a friend.",
    "Gethin will enjoy his BTEC course in sport at college.",
]


PROBES_POOR = [
    "Cerys will have her insulin given by a trained member of staff at lunchtime.",
    "Cerys will be seen by the diabetes team every three months.",
    "Elis will have his blood sugar checked by the teaching assistant before PE.",
    "Jac's kinship carers will receive a special guardianship allowance.",
    "Jac will have a kinship support worker.",
    "Nain will be assessed as a kinship foster carer for Jac.",
    "Seren will receive therapeutic life story work.",
    "Seren's family will be referred to the Adoption Support Fund.",
    "Seren will have sessions of dyadic developmental psychotherapy.",
    "Macsen will be referred to the continence service.",
    "Alaw will have a toileting plan at nursery.",
    "Macsen will have a funded place at nursery for fifteen hours a week.",
    "Ioan's parents will attend the Parents as Partners programme.",
    "Ioan's parents will complete six sessions of couples counselling.",
    "Harri will have a parenting contract signed by his mum.",
    "Harri will be supported by the education welfare officer.",
    "Tegan will have an attendance support meeting every fortnight.",
    "Owain will be subject to a referral order for nine months.",
    "Owain will do twenty hours of reparation.",
    "Ffion will engage with the young people's substance misuse service.",
    "Ffion will be drug tested at each session.",
    "Ffion will have a harm reduction plan drawn up by her keyworker.",
    "Gwen will be weighed at the baby clinic every fortnight.",
    "Gwen's mum will be visited by the infant feeding team.",
    "Gwen will be referred to the dietitian.",
    "Dylan will have an ADHD assessment.",
    "Dylan's medication will be reviewed by the paediatrician every six months.",
    "Dylan will have a movement break timetable provided by school.",
    "Rhys will attend sessions with a Channel intervention provider.",
    "Rhys will be referred to Prevent.",
    "Nel will have a personal assistant for four hours each Saturday.",
    "Nel will receive a direct payment for short breaks.",
    "Megan will be allocated a CSE worker.",
    "Megan will be discussed at the exploitation panel.",
    "Iestyn will be accommodated under section 20.",
    "Iestyn will be placed in supported lodgings.",
    "Lowri will have a personal adviser until she is 25.",
    "Lowri will have her pathway plan reviewed every six months.",
]

PROBES_GOOD = [
    "Cerys will carry her own hypo kit in her bag and treat a low without needing to leave the lesson.",
    "Elis will go on the school trip to the farm and count the carbs in his own packed lunch.",
    "Cerys will tell her teacher when she feels shaky and will be back in class within fifteen minutes.",
    "Jac will sleep well at Nain's house and walk to school with his cousin.",
    "Jac will see his dad every other Sunday at the leisure centre and come home happy.",
    "Seren will go to bed without a row and let her mum read her a story.",
    "Seren will ask her dad questions about her birth family when she is ready.",
    "Macsen will stay dry all day at nursery and tell an adult when he needs the toilet.",
    "Alaw will pull her own trousers up after using the toilet.",
    "Macsen will say goodbye to Dad at the classroom door and hang his coat on his peg.",
    "Ioan will eat his tea at the table with both his parents without shouting.",
    "Ioan will stay over at his dad's flat every weekend and feel safe there.",
    "Harri will walk to school with his friend Jac every morning.",
    "Tegan will go back to school full time after half term.",
    "Owain will not carry a knife and will go to football training twice a week.",
    "Owain will be home by nine every evening.",
    "Ffion will cut down to no drinking on school nights.",
    "Ffion will tell her keyworker when she feels like using and go for a run instead.",
    "Gwen will gain weight steadily and stay on her growth line.",
    "Gwen will feed well from her bottle, held close by her mum.",
    "Gwen will smile at her dad and reach for her toys.",
    "Dylan will finish his maths work in class, using his fidget toy.",
    "Dylan will take turns in a board game with his sister.",
    "Rhys will make new friends at the youth club and spend less time online.",
    "Rhys will talk with his mum about what he reads online.",
    "Nel will go bowling with her friends from the short breaks club.",
    "Nel will stay overnight with her aunt and sleep in the spare room.",
    "Megan will spend her evenings at home and be in bed by eleven.",
    "Megan will go to college every day and make friends her own age.",
    "Iestyn will move back home with his mum by Christmas.",
    "Iestyn will pay his rent on time from his wages.",
    "Lowri will keep her flat clean and do her own washing each week.",
]


# the known kinds, the dev part's kinds and the probes' kinds, each sentence naming a child
@pytest.mark.parametrize("text", KNOWN_POOR + DEV_POOR + PROBES_POOR)
def test_service_wording_of_these_plans_is_found(text):
    assert names_a_child(text, NAMES)
    assert is_service_focused(text, NAMES), text


@pytest.mark.parametrize("text", KNOWN_GOOD + DEV_GOOD + PROBES_GOOD)
def test_the_childs_own_day_in_these_plans_is_not(text):
    assert names_a_child(text, NAMES)
    assert not is_service_focused(text, NAMES), text
