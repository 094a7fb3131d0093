"""Names of orders, services, schemes and bodies written in capitals, found without being listed: 'Housing
Ombudsman', 'Care Quality Commission', 'Annual Lettings Plan', 'Scaled Approach', 'College of Social Work',
'Form E'.

Every glossary names a different handful of them, and a family hears them as names, with nothing in the
words to say what the thing is or does. What they share is their shape: two capitalised words or more
(small words such as 'of' and 'and' may come between them) ending in a word that names a kind of
institution ('Order', 'Commission', 'Ombudsman', 'Panel'), or starting with one before 'of', 'for' or
'around' ('Court of Protection', 'Team Around the Family'); so is a form named by its code ('Form F', 'Form
C100'; not a school class, 'Form 3'). A capitalised word alone is no name here (the first word of a
sentence, a person's name, a place), nor a run without such a word ('Siân Roberts', 'Ysgol Glan Morfa'),
nor a run in capitals for emphasis ('SAFETY PLAN'). Names whose own words say what they are
to a family, or that every family knows, are listed in PLAIN_NAMES. A run of two to four capitalised words with
no such head is a name too when it holds a word of a service, of the people it is for or of family life
(SERVICE_WORDS: 'Caring Dads', 'Careers Wales', 'Adult Social Care'), unless it is the family's, a day's, a
place's, a subject studied or part of a longer name (_service_names).

No plain words can be offered for a name nobody listed: the finding asks for the name to be said in plain
words, or explained once in the plan's glossary.
"""

from __future__ import annotations

import re

# Words that end a name and say what kind of thing it is (as written: capitalised, singular; the plural
# with -s is taken too). Chosen from the kinds of names UK glossaries of children's services, courts,
# benefits, health and housing list, measured on the dev part of tests/corpus/public (never its held-out
# part); words a plan uses for the family's own places and people are left out: 'School', 'Centre',
# 'Club', 'Group', 'Council', 'Hospital', 'Surgery', 'Meeting' (a family knows 'the Family Centre').
# The words that end the names of benefits and payments ('Allowance', 'Credit', 'Benefit', 'Payment',
# 'Grant') are heads too: glossaries for families explain them ('Disability Living Allowance' and 'Child Tax
# Credit' are on the dev part; no lexicon can list every scheme and payment), so a plan that names one is
# asked to explain it once in its glossary, not to drop the name a family applies for it by; the benefits
# every family knows are in PLAIN_NAMES ('Universal Credit', 'Child Benefit').
# Measured (December 2026): 2 more dev glossary phrases found, no finding on the dev controls, the plain
# corpora, the in-house plain sentences or the examples. Names of codes, reports and certificates ('Code',
# 'Report', 'Certificate') found no more dev phrases and are left out. Names of Acts ('Care Act 2014',
# 'Housing Act 1996', 'Homelessness Reduction Act') found none either, but the glossaries read later for the
# lexicon list them often (about one page in five of law, housing and care), and a family told what 'the
# Care Act' says needs it in plain words: added with no finding on any of the plain texts above.
# (session 30, fb: not 'Hub'. A hub that is a service has a word of one in its name, 'Early Help Hub', 'Family Support
# Hub', 'Safeguarding Hub', and is found by SERVICE_WORDS below, or is listed, 'family hub'; one without is a website
# or an app a family logs into, 'Course Hub' of a swimming school, 'Homework Hub', or a building, 'Community Hub'.
# Found by fresh plain controls; no dev glossary phrase is found through it.)
HEADS = frozenset("""
    Order Panel Plan Unit Board Programme Program Officer Conference Assessment Partnership Protocol
    Commission Ombudsman Fund Premium Scheme Framework Approach Standard Agreement Contract Register Tribunal
    Pathway Strategy Forum Network Trust Authority Procedure Regulations Charter Provider Practitioner
    Coordinator Adviser Advisor Guardian Champion Hearing Notice Warning Caution Injunction Requirement Disposal
    Resolution Intervention Initiative Model Toolkit Profile Inspectorate Committee Agency Department
    Directorate Commissioner Review Allowance Credit Benefit Payment Grant Act Measure Offer
""".split())
# (session 26: 'Measure', the Senedd's laws before 2011 ('Mental Health (Wales) Measure'), and 'Offer', what a
# council publishes it gives ('Local Offer', 'Core Offer'), both ways glossaries name laws and services)
# The papers of a court case, named by what they are of ('Statement of Truth', 'Acknowledgement of Service',
# 'Certificate of Service', 'Declaration of Parentage', 'Schedule of Findings'): they open a name before 'of' and a
# capitalised word, as the heads below do (session 26; glossaries of family courts list them, and a family served
# one needs it said in plain words). Not 'Letter': 'a Letter of Apology' is a child's own.
_COURT_PAPERS = frozenset("Statement Certificate Declaration Acknowledgement Acknowledgment Schedule".split())
# A head that may open a name, before one of LEAD_LINKS and more capitalised words ('Court of Protection',
# 'Department for Education', 'Team Around the Family', 'College of Social Work', 'Head of Service'); not
# 'Act' ('an Act of Kindness'), 'Measure' ('a Measure of Success') or 'Offer' ('the Youth Offer for Conwy' is
# the Youth Offer, 'for Conwy' says whose)
LEADING_HEADS = HEADS - {"Act", "Measure", "Offer"} | frozenset("College Head Office Court Team Service".split()) \
    | _COURT_PAPERS
# Either set with its plurals, 'Form' (before a code) and 'Law' (after a person's name: "Clare's Law"), to
# tell whether a text has a word that may end or open a name
WORDS = HEADS | LEADING_HEADS | frozenset(word + "s" for word in HEADS | LEADING_HEADS) | {"Form", "Law"}


def _in(word: str, heads: frozenset[str]) -> bool:
    return word in heads or (word.endswith("s") and word[:-1] in heads)
LEAD_LINKS = frozenset("of for around".split())
# Small words that may stand between the capitalised words of a name ('Department for Work and Pensions')
LINKS = frozenset("of for and the & around in on".split())
# Those that after a sentence's first word make it a verb, not the start of a name ('Ask the ...', 'Apply
# for ...'); 'and' and 'of' join words of a name ('Families and Friends Agreement')
_AFTER_A_VERB = frozenset("the for in on around".split())
# Words after which a capitalised word is a verb, not a name's first word ('will Sign Up for the ...')
_MODALS = frozenset("will must should can could may might would shall please".split())
# The second word of a verb of two ('Sign Up', 'Log In', 'Find Out')
_PARTICLES = frozenset("up in out on back down along over off".split())

# Words that open a sentence with a capital, not a name ('The Housing Ombudsman', 'Our Family Plan'); and
# the polite words before a request, which no name begins with ('Please Order your photos by Friday' in a
# school letter's capitals is a request, not the name of an order)
_NOT_IN_A_NAME = frozenset("""
    the a an this that these those our your my his her their its and or but if when while so as at by with
    to from in on into after before every each all any no new next last first one two three four five six
    seven eight nine ten please kindly
""".split())
# Names every family knows (lower case): a name ending with one is plain whatever place it starts with
# ('Dyffryn Health Board'); national bodies every adult knows are among them ('the Environment Agency'); and
# (session 30, fb) 'Healthy Start', the card for milk, fruit and vegetables a family applies for by its name, as it
# does for Universal Credit (found by a probe sentence of our own, 'a Healthy Start card')
PLAIN_NAMES = frozenset(line.strip() for line in """
    riot act
    universal credit
    child benefit
    healthy start
    housing benefit
    state pension
    health board
    environment agency
    food standards agency
    department for education
    department for work and pensions
    department of health
    department of health and social care
""".strip().splitlines())
# Words that make a name a place the family goes to, not a thing to explain ('Glan Clwyd Hospital Maternity
# Unit', 'Prestatyn Health Centre Board Room'): a name with one of them before its head is left alone
PLACES = frozenset("""
    Hospital Hospitals Surgery Centre Center Clinic Ward Practice Infirmary School College Nursery Library
    Station Hall Church Chapel Court Road Street House
""".split())


# The code of a form: a capital letter, perhaps with more capitals or digits ('E', 'F', 'C100', 'P1')
_FORM_CODE = re.compile(r"[A-Z][A-Z0-9]{0,4}")


def _capitalised(word: str) -> bool:
    """Written with a capital and then small letters ('Panel', 'Co-ordinator', 'Children's'), or as short
    initials inside a name ('NHS'); not a word in capitals for emphasis ('PANEL')."""
    return word[:1].isupper() and (not word[1:].isupper() or len(word) <= 4)


def _words_joined(text: str, spans: list[tuple[int, int]], k: int) -> bool:
    """Whether words k and k + 1 stand in one name: only spaces (or a hyphen, an ampersand) between them,
    not a full stop, comma, colon, bracket or the end of a line."""
    between = text[spans[k][1]:spans[k + 1][0]]
    return between.strip(" &-") == "" and "\n" not in between


# The words a bracket inside a law's name holds: the country, and the kind of law ('(Wales)', '(England and
# Wales)', '(Amendment)', '(Miscellaneous Provisions)')
_IN_A_LAWS_BRACKET = frozenset("""
    Wales Scotland England Northern Ireland Cymru Amendment Amendments Miscellaneous Provisions Consequential
    Transitional Supplementary Emergency and
""".split())


def _bracketed(text: str, written_words: list[str], spans: list[tuple[int, int]]) -> frozenset[int]:
    """The gaps (k: between words k and k + 1) that a bracket makes inside the name of a law: the country it
    is for, or what kind of law it is ('Children (Scotland) Act', 'Adoption and Children (Wales)
    Regulations', 'Children (Miscellaneous Amendments) Regulations'), where the words on both sides of the
    bracket are capitalised too. Only those words: a bracket of a person's name ('Mum (Sara) Plan') is none."""
    found: set[int] = set()
    for k in range(len(spans) - 2):
        if text[spans[k][1]:spans[k + 1][0]].strip(" ") != "(" or not _capitalised(written_words[k]):
            continue
        for j in range(k + 1, min(k + 5, len(spans) - 1)):
            if written_words[j] not in _IN_A_LAWS_BRACKET:
                break
            between = text[spans[j][1]:spans[j + 1][0]]
            if between.strip(" ") == ")":
                if _capitalised(written_words[j + 1]):
                    found.update(range(k, j + 1))
                break
            if between.strip(" &-") != "" or "\n" in between:
                break
    return frozenset(found)


def joined_in_a_name(text: str, spans: list[tuple[int, int]], k: int) -> bool:
    """Whether words k and k + 1 may stand in one name (a space, a hyphen or an ampersand between them)."""
    return _words_joined(text, spans, k)


def _lead_name_from(written_words: list[str], k: int, joined, text: str, spans) -> int | None:
    """Where the capitalised words of a name that head k opens start: after one of LEAD_LINKS (in either
    case: 'Team Around the Family') and perhaps 'the', joined to it; None where no capitalised word follows,
    or a person's ("Statement of Mum's wishes")."""
    size = len(written_words)
    if k + 2 >= size or written_words[k + 1].lower() not in LEAD_LINKS or not (joined(text, spans, k)
                                                                            and joined(text, spans, k + 1)):
        return None
    m = k + 2
    if written_words[m] == "the" and m + 1 < size and joined(text, spans, m):
        m += 1
    word = written_words[m]
    return m if _capitalised(word) and word[-2:] not in ("'s", "’s") else None


def _opens_sentence(text: str, spans: list[tuple[int, int]], k: int) -> bool:
    return k == 0 or any(mark in text[spans[k - 1][1]:spans[k][0]] for mark in ".!?:;\n")


# Words of a service, of the people it is for or of family life that, written with a capital beside another
# capitalised word, make a run a programme's, a service's or a scheme's name that ends in no head above
# ('Flying Start', 'Families First', 'Careers Wales', 'Caring Dads', 'Bumps and Babies', 'Adult Social Care',
# 'Appropriate Adult', 'Assured Shorthold Tenancy', 'Benefits Cap'). Session 27: each glossary names its own
# handful of such programmes, and nothing else in their words says what they are. Not words a family's own
# capitals use ('Mum', 'Home': 'Home Bargains'; 'First': 'First Aid'; 'Baby': 'Baby Shark'; 'Justice': 'Justice
# League'), and a run with a person of the family, a
# day, a month or a festival ('Mum and Dad', "Mother's Day", 'Christmas and Easter'), a compass point ('North
# Wales') or a place (PLACES) is none.
SERVICE_WORDS = frozenset("""
    Family Families Parents Parenting Mums Dads Mothers Fathers Babies Toddlers Children Kids Young Youth
    Teens Adult Adults Carers Care Caring Kinship Start Steps Futures Wales Careers Social Support Help
    Helpline Safer Safeguarding Tenancy Tenant Landlord Tax Cap Benefits Friend Rights Advocacy Legal Abuse
    Recovery Wellbeing Process Regeneration Pathways Fostering Adoption Inclusion Disability Disabled
    Exploitation Violence Offending Neglect Harm Trauma Attachment Independent Living Guardianship
    Permanence Custody Probation Tenants Homeless Homelessness Refuge Asylum Refugees
""".split())
# Words that end such a run: the family, days, months, festivals, compass points (each as written)
_NOT_IN_A_SERVICE_NAME = frozenset("""
    Mum Mam Mummy Mom Dad Tad Daddy Nain Taid Nan Nana Nanna Gran Granny Grandma Grandad Grandpa Aunty Auntie
    Aunt Uncle Sister Brother Me I
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
    September October November December Christmas Easter Eid Diwali Halloween Hanukkah Ramadan Day Night Eve
    North South East West Mid Central Upper Lower England Scotland Ireland Britain
""".split())
# Last words of a run that make it a club, a thing bought or a firm a family knows, whatever its other words
# ('Youth Club', 'Kids Club', 'Young Farmers', 'Family Railcard', 'Family Bakery Ltd'): a family's own week, not
# a service to explain
_EVERYDAY_LAST = frozenset("""
    Club Clubs Farmers Book Books Railcard Ticket Pass Ltd Limited Plc Bakery Shop Shops Cafe Café Restaurant
    Party Show Festival Fair Film Game Games Band Choir League Cup Magazine Camp Swim Disco Trip Outing
    Assembly Evening Morning Afternoon Breakfast Lunch Picnic Concert Play Walk Race Sale Quiz Hunt Gala Fete
    Fayre Parade Lights Theatre Theatres Zone Kingdom Room Rooms Bargains Tots Bears
""".split())
# (session 29, fa: the second and third lines, the events of a school's and a community's year, 'Family Assembly',
# 'Parents Evening', 'Family Coffee Morning', 'Family Fun Walk', 'Young Carers Picnic', and the places and things of
# a family's leisure, 'Youth Theatre', 'Kids Zone', 'Kids Kingdom', 'Family Room', 'Family Bargains', 'Mums and
# Tots', 'Care Bears': what a letter to a family invites it to or a family buys, not a service to explain; found by
# fresh plain controls and probe sentences of our own. Names of television programmes are left as they are ('Family
# Guy'): a run with a person's or a place's name is often a service's too, 'Home-Start Cardiff')
# Last words of a run that make it a person's role, which plans often write with capitals ('the Social Worker',
# 'the Young Person', 'the Family Support Worker'): a role in the lexicon is found there whatever its capitals,
# and one that is not is plain words
_ROLE_LAST = frozenset("""
    Worker Workers Person People Visitor Visitors Assistant Assistants Manager Managers Nurse Nurses Teacher
    Teachers Practitioner Practitioners Mentor Mentors Officer Officers Coordinator Coordinators Co-ordinator
    Leader Leaders Volunteer Volunteers Member Members Parent Parents
""".split())
# A sentence's first word that says what to do or where, not a name's first word ('Ask Careers Wales', 'Help
# Craig plan', 'Under the Adoption...'), in lower case
_OPENING_VERBS = frozenset("""
    ask call ring phone tell take meet visit walk note see contact email text speak talk go bring book join
    refer apply try use read write send invite attend help support
    under about with without through during since until because like via after before from
""".split())
# Words before a run (or before 'in' or 'of' and the run) that make it a subject studied, not a service ('Dad
# studies Family Law', 'a BTEC in Health and Social Care', 'a course in Youth Work')
_OF_STUDY = frozenset("""
    study studies studying studied gcse gcses btec btecs nvq course courses degree degrees diploma
    qualification teaches teaching taught lecturer
""".split())
# Small words inside such a run ('Bumps and Babies', 'Child In Our Care', 'Team Around the Family'), and a
# last word after one that is the family's own ('Baby and Me')
_SERVICE_LINKS = frozenset("of for and & the in around".split())
_SERVICE_TAIL = frozenset(("Me",))
_MOST_SERVICE_WORDS = 4


def _service_names(text: str, written_words: list[str], spans, taken: list[tuple[int, int]]) \
        -> list[tuple[int, int]]:
    """(first word, one past the last) of each run of two to four capitalised words, small words between
    them, holding a word of SERVICE_WORDS, overlapping no name in taken (see SERVICE_WORDS)."""
    found: list[tuple[int, int]] = []
    size = len(written_words)
    busy = set()
    for first, last in taken:
        busy.update(range(first, last))

    def capital(j: int) -> bool:
        word = written_words[j]
        return _capitalised(word) and word[-2:] not in ("'s", "’s") and word not in _NOT_IN_A_SERVICE_NAME \
            and not word.isupper() and word.isalpha() or word in _SERVICE_TAIL and j > 0

    k = 0
    while k < size:
        if k in busy or not capital(k) or written_words[k].lower() in _NOT_IN_A_NAME:
            k += 1
            continue
        j = k  # the last capitalised word of the run
        while j + 1 < size and j + 1 not in busy and _words_joined(text, spans, j):
            nxt = written_words[j + 1]
            if capital(j + 1) and nxt.lower() not in _NOT_IN_A_NAME:
                j += 1
            elif nxt.lower() in _SERVICE_LINKS and j + 2 < size and j + 2 not in busy \
                    and _words_joined(text, spans, j + 1) and capital(j + 2):
                j += 2
            else:
                break
        start = k
        if _opens_sentence(text, spans, k) and written_words[k].lower() in _OPENING_VERBS:
            start += 1  # 'Ask Careers Wales': the verb opening the sentence is no part of the name
            while start < j and written_words[start].lower() in _SERVICE_LINKS:
                start += 1  # 'Use the Safe Care chart'
        run = written_words[start:j + 1]
        before = [word.lower() for word in written_words[max(0, start - 2):start]]
        if before[-1:] and (before[-1] in _OF_STUDY or (before[-1] in ("in", "of") and before[0] in _OF_STUDY)):
            k = j + 1  # a subject studied ('Dad studies Family Law', 'a BTEC in Health and Social Care')
            continue
        capitals = [word for word in run if word.lower() not in _SERVICE_LINKS]
        if 2 <= len(capitals) <= _MOST_SERVICE_WORDS and not SERVICE_WORDS.isdisjoint(capitals) \
                and run[-1] not in _SERVICE_LINKS and run[-1] not in _EVERYDAY_LAST and run[-1] not in _ROLE_LAST \
                and PLACES.isdisjoint(run) \
                and not (j + 1 < size and _joined_capital(text, spans, written_words, j)) \
                and not (k and written_words[k - 1][:1].isupper() and _words_joined(text, spans, k - 1)
                         and written_words[k - 1].lower() not in _NOT_IN_A_NAME):
            found.append((start, j + 1))
        k = j + 1
    return found


def _joined_capital(text: str, spans, written_words: list[str], j: int) -> bool:
    """Whether words j and j + 1 are joined and the second is capitalised: where a run ends at j (or, read the
    other way, starts after a capitalised word) and runs on into a capitalised word it stops at (a family's
    word, a day, a country, initials, a possessive: 'Family Fun Day', "the Youth Justice Board's plan", 'HM
    Prison and Probation Service'), the whole is an event's, a person's or a body's name the run is only part
    of."""
    return _words_joined(text, spans, j) and written_words[j + 1][:1].isupper()


def names_in(text: str, written_words: list[str], spans: list[tuple[int, int]], plain_pairs=frozenset()) \
        -> list[tuple[int, int]]:
    """(first word, one past the last word) of each name in text, in order and not overlapping: those
    ending in or opened by a head, and then the runs of capitalised words a service word makes a name
    (_service_names)."""
    found = _headed_names(text, written_words, spans, plain_pairs)
    if not SERVICE_WORDS.isdisjoint(written_words):
        more = [(first, last) for first, last in _service_names(text, written_words, spans, found)
                if not _plain_name(" ".join(written_words[first:last]).lower(), plain_pairs)]
        if more:
            found = sorted(found + more)
    return found


def _plain_name(name: str, plain_pairs) -> bool:
    return name in plain_pairs or any(name == known or name.endswith(" " + known) for known in PLAIN_NAMES)


def _headed_names(text: str, written_words: list[str], spans: list[tuple[int, int]], plain_pairs=frozenset()) \
        -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    size = len(written_words)
    bracketed = _bracketed(text, written_words, spans) if "(" in text else frozenset()

    def _joined(text: str, spans: list[tuple[int, int]], k: int) -> bool:  # (words in one name, or a bracket's)
        return k in bracketed or _words_joined(text, spans, k)

    k = done = 0  # done: the first word after the last name found
    while k < size:
        word = written_words[k]
        end = None
        if word == "Form" and k + 1 < size and _FORM_CODE.fullmatch(written_words[k + 1]) \
                and _joined(text, spans, k) and not (written_words[k + 1] in ("A", "I") and k + 2 < size
                                                     and written_words[k + 2].islower()):
            start, end = k, k + 2  # a form named by its code: 'Form E', 'Form C100' (not a class: 'Form 3')
        elif word == "Law" and k and k - 1 >= done and _capitalised(written_words[k - 1]) \
                and written_words[k - 1][-2:] in ("'s", "’s") and _joined(text, spans, k - 1):
            start, end = k - 1, k + 1  # a law named after a person: "Clare's Law", "Sarah's Law"
        elif _in(word, LEADING_HEADS) and (named_from := _lead_name_from(written_words, k, _joined, text, spans)):
            # a head first: 'Court of Protection', 'Team Around the Family'
            j = named_from
            while j + 1 < size and _joined(text, spans, j) and (
                    _capitalised(written_words[j + 1]) or (written_words[j + 1] in LINKS and j + 2 < size
                                                          and _capitalised(written_words[j + 2]))):
                j += 1
            start, end = k, j + 1
        elif k and _in(word, HEADS) and _capitalised(word):
            start = k
            while start > done and _joined(text, spans, start - 1) and (
                    written_words[start - 1] in LINKS or (_capitalised(written_words[start - 1])
                                                          and written_words[start - 1].lower() not in _NOT_IN_A_NAME)):
                start -= 1
            while written_words[start] in LINKS:
                start += 1
            if _opens_sentence(text, spans, start) or (start and written_words[start - 1].lower() in _MODALS):
                # a verb first, of one word or with its particle, then 'the', 'for'...: 'Ask the Caldicott Guardian',
                # 'Mum will Sign Up for the Freedom Programme', 'Dad will Apply for Child Tax Credit' (the name is
                # what follows)
                after = start + 2 if start + 2 < k and written_words[start + 1].lower() in _PARTICLES else start + 1
                if after < k and written_words[after] in _AFTER_A_VERB:
                    start = after
                    while written_words[start] in LINKS:
                        start += 1
            # the name runs on to its last head: 'Child Tax Credits', not 'Child Tax'
            last, j = k, k
            while j + 1 < size and _joined(text, spans, j) and _capitalised(written_words[j + 1]):
                j += 1
                if _in(written_words[j], HEADS):
                    last = j
            if sum(_capitalised(w) for w in written_words[start:last + 1]) >= 2:
                end = last + 1
        if end is not None:
            if not PLACES.isdisjoint(written_words[start:end - 1]) and written_words[start] not in LEADING_HEADS:
                k = done = end  # a place: 'Glan Clwyd Hospital Maternity Unit'
                continue
            name = " ".join(written_words[start:end]).lower()
            if name not in plain_pairs and not any(name == known or name.endswith(" " + known)
                                                   for known in PLAIN_NAMES):
                found.append((start, end))
            k = done = end
        else:
            k += 1
    return found
