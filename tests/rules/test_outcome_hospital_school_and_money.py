"""Outcomes on the kinds of plan session 30's blind set came from (a child leaving hospital, pastoral support
plans, nurture and wellbeing rooms, the return home from care, direct payments, leaving-care money, school
transport, free school meals and food vouchers, respite, exclusion, the youth court), written here as sentences of
our own (never corpus rows), in both languages.

Poor: the child's day held back for a step of the process ('until a discharge planning meeting has been held'),
the help others give written as the outcome ('My family will help me by...'), time spent in a service's room or
with a provider, training, a school taxi, vouchers, food parcels, an allowance or a bursary had, the court acting,
the plan followed as the means, a category the leaving-care law gives; in Welsh a meeting of the process had
('cael cyfarfod'), a status given ('cael ei gyfrif yn'), a hospital or a court acting, food parcels, vouchers and
allowances, the school taxi and its escort, a respite centre and a school's wellbeing room. Beside them, the same
words about the child's own day stay silent: toilet training, time with Nain, a night feed, going home once she is
feeding well, her own money, catching the school bus alone, a court that is a quiet place."""

from __future__ import annotations

import pytest

from coreplan.rules.outcomes import is_service_focused, service_words
from tests.helpers import line_of, merge, run

NAMES = ["Efa", "Gethin", "Osian", "Nia", "Ioan", "Cerys", "Mali", "Deio", "Lili", "Jac", "Kayleigh", "Rhys",
         "Dylan", "Seren", "Cadi", "Rhodri", "Ela"]


@pytest.mark.parametrize(("text", "words"), [
    # the child's day held back for a step of the process
    ("Efa will stay on the children's ward until a discharge meeting has been held.",
     "until a discharge meeting has been held"),
    ("Gethin will not go back to his mum's until the core group has agreed the plan.", "until the core group has agreed"),
    ("Osian will move back home once his safety plan is in place.", "once his safety plan is in place"),
    # the help others give, in a pastoral support plan's own shape
    ("My foster carer will help me by reminding me about my homework.", "will help me by reminding"),
    # time in a service's room or with a provider
    ("Nia will spend an hour with her key worker every Friday.", "spend an hour with her key worker"),
    ("Ioan will spend time in the sensory room after lunch.", "spend time in the sensory room"),
    ("Cerys will use the wellbeing room when she is upset.", "use the wellbeing room"),
    ("Mali will stay overnight at the respite centre twice a month.", "stay overnight at the respite centre"),
    # training, a school taxi, vouchers, food parcels, an allowance or a bursary had
    ("Deio will have travel training so that he can get the bus to college.", "have travel training"),
    ("Rhys will have a school taxi every morning.", "have a school taxi"),
    ("Rhys will go to school in the school taxi.", "in the school taxi"),
    ("Rhys will go to school by taxi with an escort.", "with an escort"),
    ("Lili's family will get food vouchers over the holidays.", "get food vouchers"),
    ("Jac will get a food parcel from the food bank each week.", "get a food parcel"),
    ("Kayleigh will receive her leaving care allowance in March.", "receive her leaving care allowance"),
    ("Kayleigh will get a bursary for her college course.", "get a bursary"),
    # the court acting, and a category the leaving-care law gives
    ("The youth court will sentence Dylan to a referral order.", "court will sentence"),
    ("The judge will decide where Seren lives.", "judge will decide"),
    ("Kayleigh will be treated as a category 2 care leaver.", "category 2 care leaver"),
    # the plan followed as the means of the change
    ("Seren will move home in stages, following the plan from her looked after review.", "following the plan"),
    # Welsh: a meeting of the process had, a status given, a hospital or a court acting
    ("Bydd Mali yn cael cyfarfod adolygu gyda'r ysgol cyn y Pasg.", "cael cyfarfod"),
    ("Bydd Deio yn cael ei gyfrif fel plentyn mewn angen.", "cael ei gyfrif fel"),
    ("Bydd Jac yn berson ifanc categori 2.", "categori 2"),
    ("Bydd y llys ieuenctid yn rhoi gorchymyn atgyfeirio i Dylan.", "y llys ieuenctid yn rhoi"),
    ("Bydd yr ysbyty yn trefnu i Efa weld y meddyg ymhen wythnos.", "yr ysbyty yn trefnu"),
    # Welsh: food, vouchers and allowances had; the school taxi and its escort; a respite centre; a wellbeing room
    ("Bydd Seren yn cael talebau bwyd dros wyliau'r haf.", "cael talebau bwyd"),
    ("Bydd Jac yn cael parsel bwyd gan y banc bwyd.", "cael parsel bwyd"),
    ("Bydd Osian yn cael lwfans i brynu popty.", "cael lwfans"),
    ("Bydd Cadi yn mynd i'r ysgol yn y tacsi ysgol bob bore.", "yn y tacsi ysgol"),
    ("Bydd Cadi yn teithio i'r ysgol gyda hebryngwr.", "gyda hebryngwr"),
    ("Bydd Rhodri yn aros yn y ganolfan seibiant bob nos Wener.", "aros yn y ganolfan seibiant"),
    ("Bydd Ela yn treulio amser yn yr ystafell les bob bore.", "treulio amser yn yr ystafell les"),
])
def test_service_wording_of_these_plans_is_read_and_quoted(text, words):
    found = service_words(text)
    assert found is not None and words in " ".join(found.group(0).split()), (found and found.group(0))
    assert is_service_focused(text, NAMES)


@pytest.mark.parametrize("text", [
    "Mali will finish her toilet training by Easter and stay dry at nursery.",
    "Efa will go home from hospital once she is feeding well and gaining weight.",
    "Gethin will spend time with Nain every Sunday and help her in the garden.",
    "Nia will spend her mornings in the park with her brother.",
    "Deio will settle back to sleep following his night feed.",
    "I will help myself by packing my bag the night before.",
    "Dylan will be home by nine each night and keep away from the park at weekends.",
    "Kayleigh will spend her money on food first and keep a little back each week.",
    "Rhys will walk to the bus stop on his own and catch the school bus.",
    "Seren will sleep at home every night once she has moved back in with her mum.",
    "The court will be a quiet place where Seren can say what she wants.",
    "Bydd Cadi yn cyfrif i ugain yn Gymraeg erbyn y Nadolig.",
    "Bydd Efa yn mynd adref o'r ysbyty ac yn cysgu yn ei gwely ei hun.",
    "Bydd Dylan yn cyrraedd adref erbyn naw bob nos.",
    "Bydd Seren yn bwyta cinio poeth yn yr ysgol bob dydd.",
    "Bydd Osian yn cerdded i'r bws ysgol ar ei ben ei hun.",
    "Bydd Ela yn cyfarfod â'i ffrindiau yn y dref ar ddydd Sadwrn.",
])
def test_the_same_words_about_the_childs_own_day_are_not(text):
    assert not is_service_focused(text, NAMES), (text, service_words(text) and service_words(text).group(0))


@pytest.mark.parametrize(("outcome", "needle"), [
    ("Ella will not leave the ward until a discharge planning meeting has been held.", "outcome: Ella will not leave"),
    ("Bydd Ella yn cael talebau bwyd dros y gwyliau.", "outcome: Bydd Ella yn cael talebau"),
])
def test_the_finding_is_on_the_outcomes_line(outcome, needle):
    case = merge(f"""goals:
  - id: home
    title: Going home safely
    concern: Ella has been in hospital for two weeks.
    impact:
      ella: Ella is on the children's ward.
    outcome: {outcome}
    ladder:
      - Ella is on the ward every day.
      - Ella sleeps at home every night.
    good_enough: 2
""")
    findings = [f for f in run(case) if f.rule == "service-focused-outcome"]
    assert [f.line for f in findings] == [line_of(case, needle)]
