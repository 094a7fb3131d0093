"""How an action is read: does its `what` say which behaviour must change, or is it shorthand (seed 002)?

An action is shorthand when it names a process, a service or an aim ('attend the parenting course', 'engage
with services', 'improve home conditions') and says nothing of what anyone will do differently, when, or
how. The rule that reports it (`shorthand-action`) is in coreplan.rules.language with the other plain
language rules; this module is the reading, measured on tests/corpus/public/actions.yaml.
"""

from __future__ import annotations

import re

from coreplan import patterns
from coreplan.messages import Msg, msg
from coreplan.prefilter import search_folded as search
from coreplan.rules.team_phrases import NO_TEAM, TeamPhrases
from coreplan.rules.welsh_outcomes import PARTICULARS_CY, SHORTHAND_VERB_CY, vague_welsh_action
from coreplan.text import words

# An action built on one of these says what the adults will attend or receive, not what they will do
# differently: a process verb, a service to see, help to get, a plan or an environment to have.
SHORTHAND_VERB = patterns.compile(
    r"\b(attend\w*|engag\w*|compl(y|ies|ied|iance)|co-?operat\w*|undertak\w*|participat\w*|maintain\w*|"
    r"continu\w*|monitor\w*|refer(s|red|ral)?|accept\w*|complet\w*|access\w*|sign(s|ed)? up|"
    r"work(s|ing)? (with|towards?)|keep\w* (all )?(\w+ )?appointments|support\w*|ensure\w*|address\w*|improve\w*|"
    r"take part|agree\w* to|receiv\w*|get\w* help|seek\w* help|help(s|ed|ing)? ([\w'’]+ ){1,2}(with|to)|(see|speak to|talk to) (a|an|the|her|his|their|your) "
    r"(\w+ ){0,4}(adviser|advisor|worker|counsellor|therapist|specialist|service|team|nurse|doctor|psychologist|"
    r"psychiatrist|gp|midwife)|"
    r"(his|her|their|all|the)\s+([\w'’-]+\s+){0,3}appointments|arrang\w* (extra |more |some )?(help|support)|put in place|"
    r"make sure|meet\w* ([\w'’]+ ){0,3}needs|provid\w* (a |an )?(safe|stable|suitable|appropriate|secure|good|healthy|nutritious|balanced|"
    r"adequate|proper|consistent)|"
    r"(safe|stable|suitable|appropriate|secure|sleeping|home) environment|potential|strateg\w+|"
    r"(methods|ways) of|have a plan|let (the )?(workers?|professionals?|practitioners?|social workers?)|okay|ok|"
    # compliance with advice that the plan does not write down: 'act on the advice given', 'follow guidance'
    r"(act|acts|acting|acted) on|follow\w* ([\w'’-]+ ){0,3}(advice|guidance|recommendations?|instructions?|"
    r"directions?|expectations?|rules)|abid\w* by|adher\w* to|heed\w*|"
    # abstract aims that name no behaviour: 'demonstrate insight', 'prioritise the children's needs'
    r"demonstrat\w*|prioriti[sz]\w*|think\w* about|reflect\w*|look\w* after (herself|himself|themselves) better|manag\w*|develop\w*|understand\w*|recogni[sz]\w*|acknowledg\w*|insight|"
    r"take\w* responsibility|protect\w*|promot\w*|explor\w*|consider\w*|build\w*|strengthen\w*|establish\w*|"
    r"implement\w*|consisten\w*|abstain\w*|remain\w*|allow\w*|liais\w*|review\w*|assess\w*|discuss\w*|"
    r"offer\w*|facilitat\w*|signpost\w*|share\w* information|updat\w*|feedback|benefit\w* from|be open|"
    r"honest\w*|reduc\w*|increas\w*|minimi[sz]\w*|sustain\w*|stabil\w*|secur\w*|obtain\w*|seek\w*|identif\w*|"
    r"treatment|therapy|counselling|course|programme|classes|sessions|appropriate\w*|suitabl\w*|adequate\w*|"
    r"keep\w* (the (children|child|baby|kids)|them|him|her) safe|safe and well|"
    r"(will|to) be (referred|assessed|offered|provided|completed|reviewed|arranged|put in place|supported|"
    r"monitored|discussed|explored|considered|made))\b"
    # Welsh: attendance, process, a provider to see, help to get, aims that name no behaviour
    r"|\b(mynychu|mynd\s+(ar\s+y|i['’]r)\s+(\w+\s+){0,2}(cwrs|grŵp|grwp|rhaglen)|cadw\s+(at|apwyntiadau)|"
    r"apwyntiadau|cyfarfod\s+â['’]r\s+(\w+\s+){0,2}(gweithiwr|gweithwyr)|cytuno\s+i|cydweithredu|cydymffurfio|"
    r"gweithio\s+gyda\s+(gwasanaethau|gweithwyr)|pennu|cymryd\s+rhan|goruchwylio|cwblhau|diwallu|atgyfeirio|"
    r"ymgysylltu|gweld\s+(\w+\s+){0,2}(ymgynghorydd|gweithiwr|cwnselydd|therapydd|arbenigwr)|cael\s+help|"
    r"gadael\s+i['’]r\s+gweithwyr|darparu|mynd\s+i['’]r\s+afael|dilyn\s+(cyngor|y\s+cynllun)|sefydlu|rheoli|"
    r"gwella|lleihau|cynnal|sicrhau|monitro|cefnogi|parhau|derbyn|cyrchu|yn\s+rheolaidd)\b", re.I)
# (a foster carer is a particular person, not a generic actor)
SHORTHAND_ACTOR = patterns.compile(r"\b(parent/s|parent\(s\)|parents?|mum/dad|(?<!foster )carers?|family|all professionals|"
                                   r"professionals|agencies|services)\b\s+to\b"
                                   # Welsh: 'Mam a Dad i fynd', 'Gweithiwr cymdeithasol i atgyfeirio'
                                   r"|^\s*(mam\s+a\s+dad|rhieni|rhiant|teulu|gofalwyr|gweithwyr\s+proffesiynol|"
                                   r"gweithiwr\s+cymdeithasol|gwasanaethau|asiantaethau)\s+i\s+\w+", re.I)
VAGUE = patterns.compile(r"\b(as (required|appropriate|needed|necessary|agreed)|ongoing|when necessary|where appropriate|"
                         r"to continue|will continue|a certain date|in due course|to excess|in excess|excessive\w*|too much|"
                         r"(be |being )?exposed to|"
                         r"(unsafe|risky|inappropriate|unsuitable|harmful|negative|dangerous) (people|adults|"
                         r"individuals|persons|associates|peers|influences|relationships|men|partners)|"
                         r"overcom\w* (your |their |his |her |the )?(difficulties|problems|issues))\b"
                         r"|\b(yn\s+ôl\s+yr\s+angen|fel\s+y\s+bo['’]n\s+briodol|parhaus|maes\s+o\s+law)\b", re.I)
# When or how often: a day, a time, a date, a frequency, a deadline in words ('by the end of March', 'within ten
# days'). 'A bedtime routine' names a routine, not a time.
_WHEN = (r"every|each|daily|weekly|nightly|fortnightly|(once|twice|three times) (a|per|each|every)|"
         r"(mon|tues|wednes|thurs|fri|satur|sun)days?|(mornings?|evenings?|nights?|bedtime|lunchtime)(?! routines?\b)|"
         r"o'clock|\d+[.:]\d+\s*(am|pm)?|\d+\s*(am|pm)|by \d+|(on|from|by) (the )?\d+(st|nd|rd|th)?|"
         r"(an?|per|each|every) (hour|day|week|fortnight|month|term|visit)|at any time|"
         r"within (\w+ ){0,2}(hours?|days?|weeks?|months?|minutes?)|by the end of|(this|next) (week|month|term)|"
         r"(by|in|from|until|before) (january|february|march|april|may|june|july|august|september|october|"
         r"november|december)")
# What makes an action concrete: its purpose, when or how often, a condition, a behaviour the adult will not do.
EXPLAINS = patterns.compile(
    r"\b(so that|so (his|her|their|the)|in order to|to help|to work on|to learn|to stop|to reduce|to cut|to keep|"
    r"to make|to find|to talk|to go through|to check|to weigh|to plan|focus(ing|ed)? on|which|because|"
    r"when|whenever|if|unless|until|instead of|how to|using|" + _WHEN + r"|"
    r"by \w+ing|at (home|school|nursery|nain)|(?<!look )(?<!looks )(?<!looked )(?<!looking )after|before|"
    # a behaviour the adult will not do: 'not drink', 'no drinking around the children'
    r"not|no|never|don't|without|alone|apart|only|instead)\b"
    # Welsh: so that, in order to, every, when, if, unless, until, instead, before, after, days, not, never
    r"|\b(fel\s+(bod|nad|y|na)|er\s+mwyn|gyda['’]r\s+nod|pan|pryd\s+bynnag|os|oni\s+bai|nes|yn\s+lle|cyn|ar\s+ôl|"
    r"dydd\s+(llun|mawrth|mercher|iau|gwener|sadwrn|sul)|ddydd\s+\w+|nos\s+\w+|amser\s+gwely|gyda['’]r\s+nos|"
    r"bore|peidio|ni\s+fydd|nid|dim|byth|heb|ar\s+ei\s+ben\s+ei\s+hun|yn\s+unig|"
    # 'bob' / 'pob' of a time ('bob wythnos', 'pob bore'): not 'pob apwyntiad', which is every appointment
    r"[bp]ob\s+(yn\s+ail|dydd|diwrnod|nos|noson|bore|prynhawn|wythnos|pythefnos|mis|tymor|tro|awr|"
    # 'bob amser' is 'always', not a time: 'pob amser bwyd' is one
    r"amser\s+(bwyd|gwely|cinio|te|swper|brecwast|chwarae)|"
    r"ymweliad|penwythnos|dydd\s+\w+|nos\s+\w+|\w+\s+o['’]r\s+gloch))\b", re.I)
# Attendance, compliance and contact with a service: saying when or how often does not make these concrete
# ('Attend the drug service weekly and provide urine samples', 'Complete a course before contact is reviewed');
# only saying what they are for does ('...so that by June every test is clear of heroin').
_PROCESS_OBJECT = (r"(services?|work|plan|programmes?|courses?|groups?|sessions?|assessments?|treatment|support|"
                   r"professionals?|workers?|practitioners?|agenc(y|ies)|team|meetings?|appointments|conferences?|"
                   r"testing|tests|counselling|therapy|clinic|review)")
ATTENDANCE = patterns.compile(
    # what is attended, engaged with or taken part in decides: 'engage with the drug service' is attendance,
    # 'engage Mali in play every evening' and 'attend school every day' are not
    r"\b(attend\w*(?! (school|nursery|college|class|lessons)\b)|compl(y|ies|ied|iance)|co-?operat\w*|sign(s|ed)? up|"
    # a referral, an assessment or the plan's own process ('Refer Mali to CAMHS', 'Agree the family's plan')
    r"undertak\w*|refer(s|red|ral|rals)?|assess(es|ed|ing)?|coordinat\w*|co-ordinat\w*|liais\w*|signpost\w*|"
    # agreeing *the* plan is its process; agreeing *a* plan for Saturday visits is a piece of work
    r"shar\w* information|(?<!the )(?<!an )(?<!a )agree(s|d|ing)? (the |their |his |her |your )"
    r"([\w'’-]+ ){0,2}plan|"
    r"(engag\w*|participat\w*|take part|taking part)( (with|in|at))? (the |a |an |all |every |his |her |their |"
    r"your )?([\w'’-]+ ){0,3}" + _PROCESS_OBJECT + r"|"
    r"keep\w* (all )?(\w+ )?appointments|"
    r"complet\w* (a |an |the |all )?([\w'’-]+ ){0,2}(course|programme|assessments?|sessions|work|actions|tasks|plan)|"
    r"provid\w* ([\w'’-]+ ){0,2}(samples?|tests?)|let (the )?(workers?|professionals?|practitioners?|social workers?)|"
    # a meeting of the plan's own process, whenever it is held: 'convene a legal planning meeting if...'
    r"(hold|holds|holding|held|have|convene\w*|call\w*|arrang\w*|organi[sz]\w*|book\w*|set\w* up) (a |an |the )?"
    r"(legal planning|legal gateway|strategy|core group|professionals['’]?|multi-agency|network|planning|review|"
    r"child protection|case|pre-proceedings|PLO|family group|team around the (family|child)|TAF|TAC) "
    r"(meetings?|discussions?|conferences?))\b",
    re.I)
PURPOSE = patterns.compile(
    r"\b(so that|so (his|her|their|the)|in order to|to (help|work on|learn|stop|reduce|cut|keep|make|find|talk|go "
    r"through|check|weigh|plan)|focus(ing|ed)? on|because|instead of|how to|by \w+ing|using)\b", re.I)
# What the action asks the adult to do is its head: the first verb after whoever acts and 'will', 'to', 'must',
# 'needs to', 'is expected to' ('Mum will need to show that...', 'Parents to reflect on...', 'Consider...').
# A head that is a thought, an attitude, a proof or a wish to change names no behaviour, and a time or a
# condition does not give it one ('Think about how you will respond if things become violent'); saying what
# the adult will do instead does ('Ring Nain if ...'). Only the head counts: 'Explain to Mia in words she
# understands' and 'Show Mia how to brush her teeth' are behaviours.
_ACTOR_AND_MODAL = (r"^\W*(?:(?:[\w'’/()-]+\s+){0,5}?(?:will|to|must|should|shall|needs?\s+to|ha(?:s|ve)\s+to|"
                    r"(?:is|are)\s+(?:expected\s+|required\s+|asked\s+|going\s+)?to|agrees?\s+to)\s+)?"
                    r"(?:(?:also|then|always|now|need\s+to|be\s+expected\s+to|continue\s+to|begin\s+to|start\s+to|"
                    r"be\s+able\s+to)\s+)*")
MENTAL_HEAD = patterns.compile(_ACTOR_AND_MODAL + (
    r"(think(s|ing)? (about|through)|consider\w*|reflect\w*|explor\w*|understand\w*|recogni[sz]\w*|"
    r"acknowledg\w*|appreciat\w*|learn\w* about|prioriti[sz]\w*|put\w* (the |their |his |her )?[\w'’]+ needs "
    r"(first|before))\b"), re.I)
AIM_HEAD = patterns.compile(_ACTOR_AND_MODAL + (
    r"(demonstrat\w*|prov(e|es|ing)|evidenc\w*|"
    r"show(s|ing)? (that|insight|an? understanding|understanding|commitment|willingness|evidence|progress|change|"
    r"improvement|an? sustained|sustained|the ability|an ability|capacity|(she|he|they) (can|is|are|has|have))|"
    r"take\w* responsibility|accept\w* (responsibility|the concerns|that)|"
    r"be (more |fully |completely |consistently )?(open|honest|aware|mindful|consistent|protective|child[- ]focused|"
    r"responsible|committed|willing|realistic|transparent|receptive|reflective|insightful)|"
    r"make (positive |necessary |sustained |real |lasting |significant |the |some |every |any )?"
    r"(changes?|progress|improvements?|efforts?|an effort))\b"), re.I)
# A change with no behaviour in it ('improve the home conditions', 'manage his anger', 'address the concerns')
# stays an aim by any deadline or in any circumstance ('before the next review', 'when Dad visits'): only how
# often, how much or by what means makes it something to do ('reduce her drinking to no more than two cans
# on a Saturday', 'manage the money by paying the rent first every Friday').
CHANGE_HEAD = patterns.compile(_ACTOR_AND_MODAL + (
    r"(improv\w*|address\w*|reduc\w*|manag\w*|develop\w*|maintain\w*|sustain\w*|resolv\w*|deal\w* with|"
    r"overcom\w*|minimi[sz]\w*|lessen\w*|strengthen\w*|work\w* on|keep\w* up|"
    r"chang\w* (her|his|their|your) ([\w'’-]+ ){0,2}(behaviour|lifestyle|parenting|attitude|approach|ways?)|"
    r"meet\w* (the )?([\w'’]+ ){0,2}needs|rais\w* (the )?standards?)\b"), re.I)
HOW_OFTEN_OR_MUCH = patterns.compile(
    r"\b(by \w+ing|using|every|each|daily|weekly|nightly|fortnightly|(once|twice|three times) (a|per|each|every)|"
    r"(an?|per) (hour|day|night|week|fortnight|month)|no more than|not more than|less than|fewer than|at least|"
    r"at most|(\d+|one|two|three|four|five|six|seven|eight|nine|ten|half an?)\s*(%|per ?cent|cans?|units?|drinks?|"
    r"pints?|glasses|bottles|hours?|minutes?|times?|cigarettes?|nights?|days?|pounds|£)|£\s*\d+)\b", re.I)
# ...unless it says when, or by what means: 'Take responsibility for the school run on Mondays', 'Prove his
# address by bringing a bill to the meeting on 2 June'.
WHEN_OR_HOW = patterns.compile(r"\b(" + _WHEN + r"|by \w+ing|using)\b", re.I)
# 'Mum to keep all appointments': after the person who acts, 'to' is the plan's 'will', not a purpose, so the
# words it starts ('to keep', 'to make', 'to help') say nothing of why. The people a plan names this way.
_ROLE = (r"(?i:mum|mam|mummy|mother|dad|daddy|father|nain|taid|nan|nana|nanny|gran|granny|grandma|grandmother|"
         r"grandad|grandfather|grandparents?|auntie|aunty|aunt|uncle|step-?mum|step-?dad|partner|school|nursery|"
         r"college|(class |head |form )?teacher|form tutor|head of year|senco|(school )?nurse|midwife|gp|doctor|"
         r"health visitor|hv|social worker|sw|(family )?support worker|fsw|family worker|key ?worker|youth worker|"
         r"lead professional|police|probation( officer)?|housing( officer)?|camhs|foster carers?|local authority|"
         r"children['’]s services|social services|everyone)"
         # a person by name: 'Mr and Mrs Hughes', 'Cerys and Dai', 'Mia's dad'
         r"|(?-i:M(?:r|rs|s|iss) (?:and M(?:r|rs|s) )?[A-Z][\w'’-]+|[A-Z][a-z]+ and [A-Z][a-z]+)")
ROLE_TO = patterns.compile(r"^\W*(?:(?:the|her|his|their|both|each)\s+)?(?:(?-i:[A-Z][a-z]+)['’]s\s+)?(?:" + _ROLE
                           + r")(?:\s*(?:and|&|/|,)\s*(?:(?:the|her|his|their)\s+)?(?:" + _ROLE + r")){0,3}\s+to\s+",
                           re.I)
# Things and places of a child's day: they make an action concrete unless it is built on a process verb
# ('Attend rehabilitation clinic' is still shorthand).
PARTICULARS = patterns.compile(
    r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|first|second|next|hours?|minutes?|"
    r"kitchen|bathroom|bedroom|cupboard|cot|bed|bath|door|key|phone|bottle|meals?|breakfast|tea|dinner|food|"
    r"shopping|rent|money|clothes|uniform|homework|toys?|medicines?|tablets|prescribed|dentist|GP|clinic|"
    r"pick[- ]up|drop[- ]off|school run|walk(?!-in)|car|bus|house|flat|garden|stairs?|window|"
    # a safety plan's means of getting help
    r"police|code word|"
    # the household's safety: where dangerous things are kept and what guards the child
    r"knives|knife|drawer|lock|locked|shelf|fridge|pram|car seat|stair ?gate|gate|fence|smoke alarm|alarm|"
    r"cooker|oven|hob|heater|fire ?guard|kettle|plug|socket|lighters?|matches|bleach|nappy|nappies|"
    # rooms, and the screens a safety plan moves into them
    r"living room|lounge|front room|hall|landing|computer|laptop|tablet|screen|television|tv)\b"
    r"|\b(tŷ|ty|drws|gwely|soffa|bath|sanau|dillad|rhent|bocs|wardrob|cegin|ystafell|ffôn|potel|bwyd|"
    r"brecwast|gwaith\s+cartref|siart|canabis|ganabis|alcohol|cyffuriau)\b", re.I)


# An action or an outcome is a sentence or two: only this much of one is read by the outcome and action
# heuristics, so that a pasted document in one field cannot make a check slow (the regular expressions are
# linear, but with many alternatives). long-sentence still reads all of it.
READ_LIMIT = 5000


def shorthand_reason(text: str, team: TeamPhrases = NO_TEAM) -> Msg | None:
    """Why an action is professional shorthand (None if it is not): it names a process, a service or a goal
    and says nothing of what will be done differently, when, or how.

    Its patterns are searched through their lower-case twins (coreplan.prefilter.search_folded): the same
    matches, two to four times sooner."""
    text = text[:READ_LIMIT]
    n_words = len(words(text))
    if n_words == 0:
        return None
    actor = search(SHORTHAND_ACTOR, text)
    if actor:
        return msg("'%(words)s' names nobody and no behaviour", words=" ".join(actor.group(0).split()))
    vague = search(VAGUE, text) or vague_welsh_action(text)  # Welsh: an abstract aim, help from nobody named
    if vague:
        return msg("'%(words)s' leaves it open what will be done and when", words=vague.group(0))
    kept = team.without_accepted(text)
    actor = ROLE_TO.match(text)
    told = text[actor.end():] if actor else text  # what comes after 'Mum to'
    head = (search(MENTAL_HEAD, kept) or (search(AIM_HEAD, kept) if not search(WHEN_OR_HOW, text) else None)
            or (search(CHANGE_HEAD, kept) if not search(HOW_OFTEN_OR_MUCH, told) else None))
    if head:
        return msg("'%(words)s' names an aim or a thought, not what anyone will do",
                   words=" ".join(head.group(1).split()))
    attendance = search(ATTENDANCE, kept)
    if attendance and not search(PURPOSE, told):
        return msg("'%(words)s' names a process or a service, not what will change",
                   words=" ".join(attendance.group(0).split()))
    if search(EXPLAINS, told):
        return None
    verb = search(SHORTHAND_VERB, kept) or search(SHORTHAND_VERB_CY, kept) or team.extra_match(text)
    if verb:
        return msg("'%(words)s' names a process or a service, not what will change",
                   words=" ".join(verb.group(0).split()))
    if team.has_accepted(text):
        return None  # wording the team knows to be particular
    if n_words <= 4:
        return msg("it is a label, not an action")
    if search(PARTICULARS, text) or search(PARTICULARS_CY, text):
        return None
    return msg("it does not say what exactly will be done, when or how often")


def is_shorthand(text: str) -> bool:
    """An action written as professional shorthand, saying neither what changes nor how."""
    return shorthand_reason(text) is not None
