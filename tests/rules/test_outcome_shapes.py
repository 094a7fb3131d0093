"""Outcome and action shapes by who acts and the verb's kind, beyond the keyword lists (issue 12)."""

from __future__ import annotations

import pytest

from coreplan.rules.actions import shorthand_reason
from coreplan.rules.outcomes import is_service_focused

SERVICE = [
    "Ella will be taken to her hospital appointments.",  # the child is taken to an appointment: attendance
    "Ella will be brought to all her health appointments.",
    "Ella will have a named adult at school.",  # a person handed to the child: provision
    "Ella will receive one-to-one support in class.",
    "Ella's weight will be checked by the health visitor every month.",  # a provider does it to the child
    "Ella will be picked up from school by a volunteer driver.",
    "Ella will go to the young carers group run by the carers' service.",
    "Ella will have her views heard at every meeting.",  # the child's part in the process
    "Ella will be included in decisions about her care.",
]
CHILDS_DAY = [
    "Ella will be collected from school by Mum or Nain every day.",  # the family, not a provider
    "Ella will go to the dentist when her tooth hurts and no longer be in pain.",
    "Ella will see her dad every Saturday afternoon at the park.",
    "Ella will take part in outdoor play at the park.",
    "Ella will be put to bed by 7.30pm by Mum.",
]


@pytest.mark.parametrize("text", SERVICE)
def test_a_service_done_to_the_child_is_service_focused(text):
    assert is_service_focused(text, ["Ella"])


@pytest.mark.parametrize("text", CHILDS_DAY)
def test_the_childs_day_with_the_family_is_not(text):
    assert not is_service_focused(text, ["Ella"])


def test_looking_after_oneself_better_is_an_aim_not_a_time():
    assert shorthand_reason("Mum will look after herself better.") is not None
    assert shorthand_reason("Nain will look after the children every Friday.") is None


def test_appointments_named_with_words_between_are_attendance():
    assert shorthand_reason("Mum to go to her drug and alcohol appointments.") is not None


def test_where_dangerous_things_are_kept_is_a_particular():
    assert shorthand_reason("Keep all knives in the drawer with the child lock.") is None


@pytest.mark.parametrize("text", [
    "The health visitor will weigh Ella every week.",  # a provider is what the sentence is about
    "Professionals will recognise the neglect of Ella.",
    "The core group will agree Ella's safety plan.",
    "Ella will receive the therapeutic services she needs.",
    "Ella's case will stay open to children's social care.",
    "Dad will only see Ella in the community with a supervisor present.",
    "Ella will have regular contact with her social worker.",
    "Ella will see her dad every other Saturday at the contact centre.",
    "Ella will have a leaving care personal adviser.",  # a provider handed to the child
    "Home conditions will be reassessed at each review.",  # a passive of the process, with 're-'
    "Ella's return home will be considered at the permanence panel.",
    "Strategies will be in place to monitor Ella's targets.",
    "Ella will take part in the decisions that are made about her.",  # her part in the process
    "Ella will write a letter to the meeting saying what she wants to happen.",
    "Ella will have a young carer's assessment.",
    "A safe and well check will be done by the police when Ella is found.",
    "Ella's family will have a break from caring every other weekend.",  # respite for the family
    "Ella will access short breaks through the local offer.",
])
def test_a_provider_or_the_process_as_the_subject_is_service_focused(text):
    assert is_service_focused(text, ["Ella"])


@pytest.mark.parametrize("text", [
    "Ella will be in school every day, with her attendance above 95% this term.",  # a figure of her schooling
    "Ella will be late for fewer than one in twenty school sessions next term.",
    "Ella will feel listened to at her meetings and say so.",
    "Ella will get a job at the office by the summer.",  # a place, not a provider handed to her
    "Ella will have a friend on the football team.",
    "Ella will take part in the plans for her birthday party.",  # her own plans, not the process
    "Nain will collect Ella from school every day.",  # the family as the subject
])
def test_the_childs_schooling_and_family_as_the_subject_are_not(text):
    assert not is_service_focused(text, ["Ella"])


@pytest.mark.parametrize("text", [
    "Attend the drug service weekly and provide urine samples.",  # attendance with a time is still attendance
    "Complete a course before contact is reviewed.",
    "Let practitioners into the house when they visit.",
    "School attendance officer to meet the children weekly.",
    "Think about the options that may be open to you.",  # 'about' is no purpose
    "Dad will undertake a drug and alcohol assessment by 1 March.",
    "Complete all actions within the twelve-week period.",
    "Help Dylan with budgeting.",  # the area of help is no method
    "Refer Ella to the school nurse by 1 May.",  # a referral with a date is still a referral
    "Social worker to agree the family's plan if it addresses the worries.",
    "Coordinate the care plans of each family member.",
    "Overcome your difficulties within the court's timescales.",  # a vague aim, whatever the time
])
def test_attendance_with_a_time_but_no_purpose_is_shorthand(text):
    assert shorthand_reason(text) is not None


@pytest.mark.parametrize("text", [
    "Go to the drug service every Monday and give a urine sample each time, so that by June every test is clear.",
    "Engage Ella in play for twenty minutes every evening.",  # what is engaged in is the child's, not a service
    "Agree a code word with your sister that means she should call the police.",
    "Form tutor to meet Elin for ten minutes every Monday morning to talk about her week.",
    "Foster carer to read with Cai for fifteen minutes every evening and sign his reading record.",  # a person
    "Apply for Dylan's passport by the end of March.",  # a date in words
    "Social worker to book the first meeting within ten days.",
    "Print the agreed plan after each review and give a copy to the family.",  # 'agreed' describes the plan
    "Dad will stay at his brother's until the assessment is finished and will not sleep at the family home.",
])
def test_attendance_for_a_purpose_and_concrete_safety_steps_are_not(text):
    assert shorthand_reason(text) is None
