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
from coreplan.rules.welsh_actions import (HANDED_OVER_CY, PARTICULARS_MORE_CY, SHORTHAND_VERB_MORE_CY,
                                          AIM_AS_PURPOSE_CY, VAGUE_MORE_CY, welsh_head, welsh_vague_settled)
from coreplan.rules.welsh_outcomes import CONCRETE_HEAD_CY, PARTICULARS_CY, SHORTHAND_VERB_CY, vague_welsh_action
from coreplan.text import words

# An action built on one of these says what the adults will attend or receive, not what they will do
# differently: a process verb, a service to see, help to get, a plan or an environment to have.
SHORTHAND_VERB = patterns.compile(
    r"\b(attend\w*|engag\w*|compl(y|ies|ied|iance)|co-?operat\w*|undertak\w*|participat\w*|maintain\w*|"
    # (a baby monitor is a thing of the house: 'sleep with the baby monitor on')
    r"continu\w*|(?<!baby )monitor\w*|refer(s|red|ral)?|accept\w*|complet\w*|access\w*|sign(s|ed)? up|"
    r"work(s|ing)? (with|towards?)|(stay|keep)\w* in (touch|contact) with|keep\w* (all )?(\w+ )?appointments|support\w*(?! workers?\b)|ensure\w*|address\w*|improve\w*|"
    r"take part|agree\w* to|receiv\w*|get\w* help|seek\w* help|help(s|ed|ing)? ([\w'’]+ ){1,2}(with|to)|"
    # (meeting with a worker is seeing one: 'meet with a drugs and alcohol worker', ac9)
    r"(see|speak to|talk to|meet(s|ing)? (up )?with) (a|an|the|her|his|their|your) "
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
    r"take\w* responsibility|protect\w*(?! orders?\b)|promot\w*|explor\w*|consider\w*|build\w*|strengthen\w*|establish\w*|"
    r"implement\w*|consisten\w*|abstain\w*|remain\w*(?! (in|at|living|with)\b)|allow\w*|liais\w*|review\w*|assess\w*|discuss\w*|"
    r"offer\w*|facilitat\w*|signpost\w*|share\w* information|updat\w*|feedback|benefit\w* from|be open|"
    r"honest\w*|reduc\w*|increas\w*|minimi[sz]\w*|sustain\w*|stabil\w*|secur\w*|obtain\w*|seek\w*|identif\w*|"
    r"treatment|therapy|counselling|course|programme|classes|(?<!during contact )(?<!during the contact )sessions|appropriate\w*|suitabl\w*|adequate\w*|"
    r"keep\w* (the (children|child|baby|kids)|them|him|her) safe|safe and well|"
    r"(will|to) be (referred|assessed|offered|provided|completed|reviewed|arranged|put in place|supported|"
    r"monitored|discussed|explored|considered|made))\b"
    # Welsh: attendance, process, a provider to see, help to get, aims that name no behaviour
    r"|\b(mynychu|mynd\s+(ar\s+y|i['’]r)\s+(\w+\s+){0,2}(cwrs|grŵp|grwp|rhaglen)|cadw\s+(at|apwyntiadau)|"
    r"apwyntiadau|cyfarfod\s+â['’]r\s+(\w+\s+){0,2}(gweithiwr|gweithwyr)|cytuno\s+i|cydweithredu|cydymffurfio|"
    # working with a service, in the mutated forms an action gives it ('Mam i weithio gyda'r gwasanaeth cyffuriau')
    r"(g|)weithio\s+(gyda|efo)\s*(['’]r\s+|y\s+|yr\s+)?(\w+\s+)?(gwasanaeth\w*|wasanaeth\w*|gweithiwr|gweithwyr|"
    r"tîm|dîm|asiantaeth\w*|gweithwyr\s+proffesiynol)|pennu|cymryd\s+rhan|goruchwylio|cwblhau|diwallu|atgyfeirio|"
    r"ymgysylltu|gweld\s+(\w+\s+){0,2}(ymgynghorydd|ymgynghorwr|cynghorydd|cynghorwr|gweithiwr|cwnselydd|therapydd|"
    r"arbenigwr|seicolegydd|seiciatrydd|mentor|eiriolwr|swyddog)|cael\s+help|"
    # 'make sure', as in English: 'Gwneud yn siŵr bod y tŷ yn lân' names a state, not what will be done
    r"gwneud\s+yn\s+(siŵr|siwr|sicr)|"
    r"gadael\s+i['’]r\s+gweithwyr|darparu|mynd\s+i['’]r\s+afael|dilyn\s+(cyngor|y\s+cynllun)|sefydlu|rheoli|"
    r"gwella|lleihau|cynnal|sicrhau|monitro|cefnogi|parhau|derbyn|cyrchu|trafod|drafod|yn\s+rheolaidd)\b", re.I)
# Welsh: 'Mam a Dad i fynd', 'Gweithiwr cymdeithasol i atgyfeirio' (English ones: GROUP_ONLY, below)
SHORTHAND_ACTOR_CY = patterns.compile(r"^\s*(mam\s+a\s+dad|rhieni|rhiant|teulu|gofalwyr|gweithwyr\s+proffesiynol|"
                                      r"gweithiwr\s+cymdeithasol|gwasanaethau|asiantaethau)(?:\s*\([^()]{1,40}\))?\s+i\s+\w+", re.I)
VAGUE = patterns.compile(r"\b(as (required|appropriate|needed|necessary|agreed|arranged|and when)|ongoing|"
                         r"(when|where|if) (necessary|appropriate|needed|required)|"
                         r"to continue|will continue|a certain date|in due course|to excess|in excess|excessive\w*|"
                         # (an amount left open, not a feeling: 'if the crying gets too much' is when)
                         r"(?<!gets )(?<!get )(?<!getting )(?<!got )(?<!becomes )(?<!become )(?<!is )(?<!feels )(?<!feel )"
                         r"(?<!['’]s )too much|"
                         r"(be |being )?exposed to|"
                         # an amount or a standard left open ('reduce the clutter to a safe level', ac12; 'to two
                         # cans on a Saturday' says how much)
                         r"(to|at|within) (an? )?(safe|safer|acceptable|manageable|reasonable|appropriate|suitable|"
                         r"healthy|tolerable|satisfactory) (levels?|standards?|amounts?)|"
                         # ('steer away from extremist influences', ac12)
                         r"(unsafe|risky|inappropriate|unsuitable|harmful|negative|dangerous|extremist|radical|criminal|"
                         r"bad|antisocial|anti-social) (people|adults|"
                         r"individuals|persons|associates|peers|influences|relationships|men|partners)|"
                         r"overcom\w* (your |their |his |her |the )?(difficulties|problems|issues)|"
                         # people named only by what they do to the child (ac9): 'stay away from the people who are
                         # exploiting him' ('stay away from Dai and the flat on Heol y Frenhines' names them)
                         r"(stay|keep)\w* ([\w'’-]+ ){0,2}?away from (the |any |those |other )?(people|adults|men|women|"
                         r"individuals|others|anyone|anybody|older (boys|girls|men|people)) (who|that) (are |is |have been |might be |may be )?"
                         r"(exploit|groom|harm|hurt|abus|target|us|pressur|coerc)\w*)\b"
                         r"|\b(yn\s+ôl\s+yr\s+angen|fel\s+y\s+bo['’]n\s+briodol|parhaus|maes\s+o\s+law)\b", re.I)
# When or how often: a day, a time, a date, a frequency, a deadline in words ('by the end of March', 'within ten
# days'). 'A bedtime routine' names a routine, not a time.
_WHEN = (r"every|each(?! other)|daily|weekly|nightly|fortnightly|(once|twice|three times) (a|per|each|every)|"
         r"(mon|tues|wednes|thurs|fri|satur|sun)days?|(mornings?|evenings?|nights?|bedtime|lunchtime)(?! routines?\b)|"
         r"o'clock|the same day|that day|(by|before|after|until) (one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
         r"twelve|midnight|noon|half past \w+)|\d+[.:]\d+\s*(am|pm)?|\d+\s*(am|pm)|by \d+|(on|from|by) (the )?\d+(st|nd|rd|th)?|"
         r"(an?|per|each|every) (hour|day|week|fortnight|month|term|visit)|at any time|"
         r"within (\w+ ){0,2}(hours?|days?|weeks?|fortnights?|months?|minutes?)|by the end of|(this|next) (week|month|term)|"
         r"(by|in|from|until|before) (january|february|march|april|may|june|july|august|september|october|"
         r"november|december)|"
         # on the days or nights something happens ('on the days Siân works', ac9)
         r"on the (days|nights|mornings|evenings|afternoons|weekends) (when |that )?\w+")
_MONTHS_CY = "ionawr|chwefror|mawrth|ebrill|mai|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr"
# What makes an action concrete: its purpose, when or how often, a condition, a behaviour the adult will not do.
EXPLAINS = patterns.compile(
    r"\b(so that|so (his|her|their|the)|in order to|to help|to work on|to learn|to stop|to reduce|to cut|to keep|"
    r"to make|to find|to talk|to go through|to check|to weigh|to plan|focus(ing|ed)? on|which|because|"
    r"when|whenever|while|whilst|if|unless|until|instead of|how to|using|at all times|" + _WHEN + r"|"
    r"by \w+ing|in (simple|plain|easy|clear) (words|language|terms)|in words (\w+ ){0,2}(can )?understands?|(as|the way) ([\w'’-]+ ){1,3}(showed|shown|taught|demonstrated)|at (home|school|nursery|nain)|(?<!look )(?<!looks )(?<!looked )(?<!looking )after|before|"
    # a behaviour the adult will not do: 'not drink', 'no drinking around the children'
    r"not|no|never|neither|nor|don't|without|alone|apart|only|instead|away from|"
    # stopping a behaviour named by what is done ('stop drinking', 'give up smoking'; not 'stop avoiding
    # professionals'), and a state a test can show ('stay sober')
    r"(stop(s|ping)?|giv(e|es|ing) up|quit(s|ting)?) (drinking|smoking|using|taking|hitting|smacking|shouting|"
    r"swearing|fighting|arguing|self-harming|seeing|contacting|texting|drugs|alcohol|cannabis)|"
    # ...or by any other verb of doing ('stop looking at extremist videos', 'stop posting photos of the children');
    # stopping an avoidance or an attitude is not a behaviour ('stop missing appointments', 'stop minimising')
    r"(stop(s|ping)?|giv(e|es|ing) up|quit(s|ting)?) (?!(avoiding|missing|ignoring|refusing|cancelling|disengaging|"
    r"worrying|blaming|minimi[sz]ing|denying|being|getting|making|doing|having|putting)\b)\w+ing|"
    r"sober|(drug|alcohol)[- ]free)\b"
    # Welsh: so that, in order to, every, when, if, unless, until, instead, before, after, days, not, never
    # ('mynd ar ôl' is to chase, and 'cyn geni' is antenatal: neither is a time)
    r"|\b(fel\s+(bod|nad|y|na)|er\s+mwyn|gyda['’]r\s+nod|pan|pryd\s+bynnag|os|oni\s+bai|nes|tan|yn\s+lle|"
    r"cyn(?![\s-]+geni\b)(?!\s+gynted\s+(?:â|ag)\s+(?:phosibl|sy['’]n\s+bosibl|bo\s+modd)\b)|(?<!mynd )(?<!fynd )ar\s+ôl|"
    # any evening, or one evening a week, as 'any night', 'one evening a week'
    r"unrhyw\s+(noson|nos|ddiwrnod|diwrnod|ddydd|bryd|adeg|benwythnos)|"
    # the same day, straight away, how to: 'yr un diwrnod', 'ar unwaith', 'sut i groesi'r ffordd'
    r"yr\s+un\s+(diwrnod|noson|bore|pryd)|[bp]ob\s+dos\b|y\s+diwrnod\s+hwnnw|y\s+(diwrnod|noson)\s+cynt|ymlaen\s+llaw|ar\s+unwaith|yn\s+syth|"
    r"sut\s+i|"
    # on the days something happens, in simple words (ac9): 'ar y dyddiau mae Siân yn gweithio', 'mewn geiriau syml'
    r"ar\s+y\s+(dyddiau|diwrnodau|nosweithiau|boreau|penwythnosau)\s+(mae|y\s+mae|pan|bydd|fydd|y\s+bydd)|"
    r"mewn\s+(geiriau|iaith)\s+(syml|clir|glir|hawdd)|"
    # while, and away from, as in English ('tra bydd Mam yn y gwaith'; not 'tra phwysig', very important)
    r"tra\s+(bydd|fydd|bo|mae|maen|y\s+bydd|yn)|draw\s+o|i\s+ffwrdd\s+o|oddi\s+wrth|"
    # at all times, and every so many hours or weeks: 'bob amser', 'drwy'r amser', 'bob tair awr', 'bob chwe wythnos'
    r"bob\s+amser|drwy['’]r\s+amser|[bp]ob\s+\w+\s+(awr|diwrnod|niwrnod|wythnos|mis|munud|tymor|pythefnos|mlynedd)|"
    # a date, as 'on 3 May': 'ar 3 Mai', 'ar y 14eg'
    r"ar\s+(y\s+)?\d+(af|ail|ydd|ed|eg|fed)?|"
    r"(un|dwy|dau|tair|tri|pedair|pedwar|pum|pump|chwe|chwech|saith|wyth|naw|deg|ambell|sawl)\s+(noson|diwrnod|bore|"
    r"prynhawn|awr)\s+(y|yr)\s+(wythnos|pythefnos|mis|tymor)|"
    r"dydd\s+(llun|mawrth|mercher|iau|gwener|sadwrn|sul)|ddydd\s+\w+|nos\s+\w+|amser\s+gwely|gyda['’]r\s+nos|"
    # (not doing something, in its mutated forms too: 'a pheidio â', 'i beidio')
    # stopping a behaviour named by what is done, as 'stop drinking' (ac10): 'rhoi'r gorau i yfed', 'stopio smygu'
    r"(?:rhoi|roi|rhowch)['’]r\s+gorau\s+i(?:['’]r)?\s+(?:yfed|ysmygu|smygu|smocio|gymryd|cymryd|ddefnyddio|defnyddio|"
    r"gamblo|daro|taro|weiddi|gweiddi|regi|rhegi|ymladd|ddadlau|dadlau|hunan-niweidio|weld|gweld|gysylltu|cysylltu|"
    r"anfon|bostio|postio|alcohol|cyffuriau|canabis|ganabis|sigaréts|diod)|"
    r"(?:stopio|stopiwch)\s+(?:yfed|ysmygu|smygu|smocio|cymryd|defnyddio|gamblo|taro|gweiddi|rhegi|ymladd|dadlau|"
    r"hunan-niweidio|gweld|cysylltu|anfon|postio)|"
    r"bore|peidio|beidio|pheidio|ni\s+fydd|nid|dim|ddim|byth|fyth|heb|ar\s+ei\s+ben\s+ei\s+hun|yn\s+unig|"
    # a deadline or a month, as in English: 'erbyn mis Medi', 'erbyn diwedd y tymor', 'o fewn deg diwrnod'
    r"erbyn\s+(diwedd|dechrau|canol|hanner\s+tymor|y\s+(dydd|wythnos|mis|tymor|gwyliau)|mis|fis|\d|dydd|ddydd|"
    r"nos|[\w'’]+\s+o['’]r\s+gloch|" + _MONTHS_CY + r")|"
    r"o\s+fewn\s+(\w+\s+){0,2}(diwrnod|ddiwrnod|niwrnod|wythnos|wythnosau|pythefnos|bythefnos|mis|fis|awr|oriau|munud)|"
    r"(ym\s+mis|mis|fis)\s+(" + _MONTHS_CY + r")|"
    # a frequency in words, as 'twice a month': 'dwywaith y mis', 'tair gwaith yr wythnos', 'yn wythnosol'
    r"(unwaith|dwywaith|teirgwaith|(tair|pedair|pum|chwe|saith|wyth|naw|deg|sawl|ambell)\s+gwaith)\s+(y|yr|bob|pob|ym\s+mhob)\s+(dydd|diwrnod|wythnos|pythefnos|"
    r"mis|tymor|noson|nos|flwyddyn|penwythnos)|yn\s+(ddyddiol|wythnosol|fisol|bythefnosol|nosweithiol)|"
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
                   r"testing|tests|counselling|therapy|clinic|review|"
                   # a framework, a process or an officer engaged with (ac12 probes: 'engage with the reunification
                   # practice framework', 'engage with the children missing education officer until...')
                   r"frameworks?|process(es)?|interventions?|officers?|advis[eo]rs?|mentors?|co-?ordinators?|nurses?|"
                   r"health visitors?)")
ATTENDANCE = patterns.compile(
    # what is attended, engaged with or taken part in decides: 'engage with the drug service' is attendance,
    # 'engage Mali in play every evening' and 'attend school every day' are not
    r"\b(attend\w*(?! (school|nursery|college|class|lessons)\b)|compl(y|ies|ied|iance)|co-?operat\w*|sign(s|ed)? up|"
    # a referral, an assessment or the plan's own process ('Refer Mali to CAMHS', 'Agree the family's plan')
    r"undertak\w*|refer(s|red|ral|rals)?|assess(es|ed|ing)?|"
    # coordinating is a process; a care coordinator told of a thing is a person, not one (ac13 probes)
    r"coordinat(?!ors?\b)\w*|co-ordinat(?!ors?\b)\w*|liais\w*|signpost\w*|"
    # agreeing *the* plan is its process; agreeing *a* plan for Saturday visits is a piece of work
    r"shar\w* information|(?<!the )(?<!an )(?<!a )agree(s|d|ing)? (the |their |his |her |your )"
    r"([\w'’-]+ ){0,2}plan|"
    r"(engag\w*|participat\w*|take part|taking part)( (with|in|at))? (the |a |an |all |every |his |her |their |"
    r"your )?([\w'’-]+ ){0,3}" + _PROCESS_OBJECT + r"|"
    r"keep\w* (all )?(\w+ )?appointments|"
    # a plan to be agreed or drawn up, in the passive, with nothing of it said ('A birth plan will be agreed before the
    # baby is born', ac11 probes), as agreeing the plan is its process
    r"\b(plans?|agreements?) (will|to|must|should|shall) be (agreed|drawn up|written up|developed|produced|put together)\b|"
    # working with a service, as engaging with it ('work with the Valuing Families service for nine months on the
    # goals in their plan', ac11); working with a person named, or with a purpose said, is another matter
    # (and however it is done: 'work openly with the paediatric team', ac12 probes)
    r"work(s|ing|ed)? (closely |alongside |together |openly |honestly |positively |collaboratively |co-?operatively |"
    r"fully |constructively |effectively |jointly |in partnership )?with (the |a |an |their |his |her |your |all )?"
    r"([\w'’-]+ ){0,3}(services?|team|agenc(y|ies)|project|partnership)\b|"
    # getting oneself to the process, as keeping appointments: 'turn up to every appointment offered', 'be
    # present at the meetings' ('go to all ten sessions and talk with Siân after each one about...' says what
    # he will do with them, and 'take Mia to the dentist on 14 March' is a step with a date)
    r"((turn\w*|show\w*) up|be there|be present) (to|at|for) (the |a |an |all |every |each |his |her |their |"
    r"your )?(the )?([\w'’-]+ ){0,2}(appointment|" + _PROCESS_OBJECT + r")|"
    r"complet\w* (a |an |the |all )?([\w'’-]+ ){0,2}(course|programme|assessments?|sessions|work|actions|tasks|plan)|"
    r"provid\w* ([\w'’-]+ ){0,2}(samples?|tests?)|let (the )?(workers?|professionals?|practitioners?|social workers?)|"
    # the plan's own group meeting, however often: 'Core group to meet at least once every six weeks'
    r"(core group|professionals|practitioners|agencies|team around the (family|child)|TAF|TAC)"
    r"( members)? (to|will|must|should|shall) meet|"
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
    r"(think(s|ing)? (about|through)|think(s|ing)? (twice |carefully |hard )?(before|first)\b|consider\w*|reflect\w*|explor\w*|understand\w*|recogni[sz]\w*|"
    r"acknowledg\w*|appreciat\w*|learn\w* about|prioriti[sz]\w*|put\w* (the |their |his |her )?[\w'’]+ needs "
    r"(first|before)|"
    # no commitment yet: to look into, to try, to be willing is not to do ('Nain will look into having...')
    r"look\w* into|weigh\w* up|tr(y|ies|ying|ied) (to|and|(her|his|their|your|my) (best|hardest))|"
    r"(aim|hope|want|intend|wish)(s|ed|ing)? to|plan\w* (how|what|ahead)|"
    r"be (willing|prepared|encouraged|supported|helped|asked|invited) to|"
    # help asked of nobody named ('ask for help when she is struggling'; 'ask Nain for help' names whom)
    r"(ask|seek|get|look)\w* for (help|support|advice)(?!\s+from)|"
    # someone to talk to, with nobody named ('talk to someone when he feels stressed'; 'talk to Nain' names whom)
    r"(talk|speak|turn|chat|reach out|go|open up)\w* to (someone|somebody|anyone|anybody|a trusted (adult|person|friend)|"
    r"an adult|a professional)(?!\s+(at|from|in|on|who|called|named)\b)|confid\w* in (someone|somebody|anyone))\b"), re.I)
AIM_HEAD = patterns.compile(_ACTOR_AND_MODAL + (
    r"(demonstrat\w*|prov(e|es|ing)|evidenc\w*|"
    r"show(s|ing)? (that|insight|an? understanding|understanding|commitment|willingness|evidence|progress|change|"
    r"improvement|an? sustained|sustained|the ability|an ability|capacity|(she|he|they) (can|is|are|has|have))|"
    r"take\w* responsibility|accept\w* (responsibility|the concerns|that)|"
    r"be (more |fully |completely |consistently )?(open|honest|aware|mindful|consistent|protective|child[- ]focused|"
    r"responsible|committed|willing|realistic|transparent|receptive|reflective|insightful|truthful|upfront|"
    r"forthcoming|candid|co-?operative|supportive|positive|motivated|proactive|reliable|engaged)|"
    r"make (positive |necessary |sustained |real |lasting |significant |the |some |every |any )?"
    r"(changes?|progress|improvements?|efforts?|an effort)|"
    r"be (more |fully )?(clear|clearer)|"
    # arrangements to make and things to put in place say what will be decided, not what will be done
    r"mak\w* (?:[\w'’-]+ ){0,2}?(arrangements|plans|provision)|"
    r"put\w* ([\w'’-]+ ){0,3}in place|sort\w* out|"
    # strategies or skills to use with none of them named ('use self-help strategies when things get difficult', ac10;
    # 'use the breathing exercise the nurse showed her' names one)
    r"us(e|es|ing) (?:(?:her|his|their|your|the|some|any|these|those|own|new|different|agreed|learn(?:ed|t)|taught|"
    r"appropriate|helpful|positive|self-help|coping|calming|parenting|safety|relaxation|de-escalation)\s+){0,3}"
    r"(strategies|techniques|skills|tools|methods|coping mechanisms|distractions)|"
    # doing what one can, with nothing of it named ('do the things they can to help themselves', ac10)
    r"do(es|ing)? (the things|what(ever)?|everything|all|anything) (they|he|she|you|we) (can|could|are able|is able)|"
    r"do(es|ing)? (what(ever)? is|everything|all that is) (needed|necessary|required|possible|asked)|"
    r"do(es|ing)? (their|his|her|your) (best|bit|part)|help(s|ing)? (themselves|himself|herself|yourself)|"
    # help to be had, with nobody and nothing named: 'Make sure Lewis has someone to talk to'
    r"(make sure|ensure)\w* ([\w'’-]+ ){1,3}(has|have|gets?) (someone|somebody|support|help|access|an adult|"
    r"a trusted adult)|"
    # plans or help to be in place, with nothing said of them ('ensure robust plans are in place for the baby', ac11;
    # 'make sure the stair gate is in place' names a thing)
    r"(make sure|ensure)\w* (that )?([\w'’-]+ ){0,3}?(plans?|arrangements|support|help|measures|services|safeguards|"
    r"provision|package|systems?|processes|procedures|strategies) ([\w'’-]+ ){0,2}?(is|are|will be|remains?|stays?) "
    r"(put )?in place|"
    # knowing what to do, with nothing said of it ('make sure everyone knows what to do if Elis has a seizure', ac11
    # probes; 'show Nain what to do if...: roll him onto his side' says it)
    r"((make sure|ensure)\w* (that )?([\w'’-]+ ){1,3}|arrang\w* for ([\w'’-]+ ){1,3}to )?know(s|ing)? what to do"
    r"(?!\s*:))\b"), re.I)
# A change with no behaviour in it ('improve the home conditions', 'manage his anger', 'address the concerns')
# stays an aim by any deadline or in any circumstance ('before the next review', 'when Dad visits'): only how
# often, how much or by what means makes it something to do ('reduce her drinking to no more than two cans
# on a Saturday', 'manage the money by paying the rent first every Friday').
CHANGE_HEAD = patterns.compile(_ACTOR_AND_MODAL + (
    r"(improv\w*|address\w*|reduc\w*|manag\w*|develop\w*|maintain\w*|sustain\w*|resolv\w*|deal\w* with|"
    r"overcom\w*|minimi[sz]\w*|lessen\w*|strengthen\w*|work\w* on|keep\w* up|"
    # a limit with the amount left open: 'limit Elin's screen time', 'cut down on his drinking' ('limit screen
    # time to an hour after school' says how much; 'limit Dad's contact to Saturdays' is not an amount)
    # (a cut with its end said is an amount: 'cut down, aiming to stop completely')
    r"cut\w* (down|back)(?![^.;]{0,60}\b(stop|stopping|give up|none|nothing|zero|completely|altogether)\b)|(limit\w*|restrict\w*|cap\w*) (?:[\w'’-]+ ){0,2}?(screen time|time online|time|gaming|"
    r"drinking|alcohol|drink|smoking|cigarettes|cannabis|drug use|spending|gambling|betting|phone use|internet use|"
    r"sugar|sweets|energy drinks)|"
    r"chang\w* (her|his|their|your) ([\w'’-]+ ){0,2}(behaviour|lifestyle|parenting|attitude|approach|ways?)|"
    r"meet\w* (the )?([\w'’]+ ){0,2}needs|rais\w* (the )?standards?|tackl\w*|"
    # behaviour named only as good or bad ('behave better', 'make better choices', 'stay out of trouble')
    r"behav\w*( (better|well|badly|appropriately|responsibly|sensibly|properly|positively|themselves|himself|"
    r"herself|yourself))?(?=\W*$|\s+(at|in|during|when|around|towards|with)\b)|mak\w* (better|good|positive|safe|safer|healthy|healthier|sensible|wise|informed|the right) "
    r"(choices|decisions)|(stay|keep)\w* out of trouble|"
    # safety as a state, not a step: 'keep Mia safe', 'stay safe', 'protect the children' ('keep the medicine
    # safe in the locked box' says where, and is a step)
    r"(keep\w*|mak\w*) ([\w'’-]+ ){1,3}safer?(?!\s+(in|on|inside|under|behind|out of|away|by|using|locked)\b)|"
    # (and safer: 'make her situation safer when things feel bad', ac10)
    r"(stay\w*|be|feel\w*) safer?|protect\w*|safeguard\w*|"
    r"(ensur\w*|mak\w* sure) (that )?([\w'’-]+ ){1,3}(is|are|stays?|remains?|feels?|will be|kept) (kept )?safe|"
    # a state of the home with nothing said of what will be done: 'keep the house clean and tidy'
    r"keep\w* (the |her |his |their |your )?(house|home|flat|room|bedroom|kitchen|bathroom|property) "
    r"(clean|tidy|hygienic|in order|safe|warm)|"
    # help to be used better: 'make better use of the support offered'
    r"mak\w* (better|good|full|more|proper|effective) use of|"
    # a bond to build or mend with nothing said of what will be done ('rebuild family relationships', ac9; 'rebuild the
    # garden wall' is a job)
    r"(re-?)?build\w* (up )?(the |their |his |her |a |an |family |good |positive |better |stronger )*"
    r"([\w'’-]+ ){0,2}?(relationships?|bonds?|trust|attachments?|confidence|self-esteem)|"
    r"(repair\w*|mend\w*|restor\w*) (the |their |his |her |family )*([\w'’-]+ ){0,2}?(relationships?|bonds?|trust))\b"), re.I)
# Watching over someone, or passing on worries, names no behaviour unless it says what is looked for or
# done: 'School to keep an eye on Mia', 'Report any concerns', 'Keep the social worker informed' (a time
# does not help: 'keep an eye on Mia every day'). 'Check on Lydia every evening by phone' says how.
WATCH_HEAD = patterns.compile(_ACTOR_AND_MODAL + (
    # supervising a person, rather than a thing of the day ('supervise Cai when he is online', 'supervise Jac
    # closely'), leaves open what the adult will do; 'supervise the children's bath time' or 'supervise
    # contact' names what is watched
    # (a name is any word but a determiner, a conjunction or a thing: case-sensitive, it would lose the
    # pattern its lower-case twin, coreplan.prefilter)
    r"(supervis\w* (?:(?:him|her|them|the (?:children|child|baby|kids|boys|girls|twins))(?!['’]s)\b|"
    r"(?!(?:the|a|an|his|her|their|its|all|any|every|each|this|that|these|those|contact|visits?|family|bath|"
    r"baths|bathtime|meals?|mealtimes?|play|playtime|time|homework|access|while|whilst|when|during|at|in|on|"
    r"from|with|until|as|so|and|to|for|by|if|them|him|her|toothbrushing|brushing|bathing|showering|washing|feeding|"
    r"eating|dressing|cooking|swimming|mealtimes?|bedtimes?)\b)[a-z][\w'’-]*(?<!['’]s)(?![\w'’-])"
    r"(?!\s+(?:and\s+)?(?:bath|contact|visits?|play|time|meals?)\b))|"
    # monitoring the situation, the family or how things are names nothing to look for ('monitor Cai's weight'
    # does)
    r"monitor\w* (the |how )?(situation|things|progress|family|families|household|children|child|kids|baby|home|"
    r"him|her|them|matters|circumstances)(?!['’])\b|"
    r"keep\w* (an? )?(close )?eye on|keep\w* (a )?(close )?watch|"
    # being seen or visited as part of the process, with nothing said of what is looked for ('Gwion will be seen once a
    # year as part of the assessment of his education', ac12)
    r"be (seen|visited)(?=[^.;]*\bas part of (the|an?|his|her|their) ([\w'’-]+ ){0,2}(assessment|review|process|"
    r"monitoring|enquiries|enquiry|investigation)\b)|"
    # a visit whose purpose is to watch, and watching the parents' care with nothing said to look for ('visit
    # weekly to observe the parents' routines', ac11; 'visit on Monday to weigh the baby' says what is done)
    r"visit\w* ([\w'’-]+ ){0,3}?to (observe|monitor|oversee|check on|keep an eye on)|"
    r"observ\w* (the |how )?([\w'’-]+ ){0,2}?(routines?|care|parenting|interactions?|home|family|situation|progress)|overs(ee|ees|eeing|aw|een)|"
    r"(be|stay\w*|remain\w*) (vigilant|alert|aware)|look\w* out for|watch\w* (out )?for|"
    r"(report\w*|shar\w*|rais\w*|pass\w* on) (any )?([\w'’-]+ )?(concerns|worries|issues|changes|incidents)|"
    r"keep\w* ([\w'’-]+ ){1,3}(informed|updated|up to date|in the loop)|"
    r"(inform\w*|updat\w*|tell|tells|telling) ([\w'’-]+ ){1,3}(of|about) any( [\w'’-]+)?|"
    r"let ([\w'’-]+ ){1,3}know (about |of )?any( [\w'’-]+)?)\b"),
    re.I)
# ...what settles it: what the watching is for, by what means, or what will be done about it.
WATCH_SETTLED = patterns.compile(
    r"\b(so that|in order to|to (check|see|make sure|find out)|by \w+ing|by (phone|text)|using|and (ring|call|phone|"
    r"tell|text|email|write|report|contact)\w*(?! back)|the same day|straight away|immediately|within|before|as soon as|"
    # watching that says how: never out of sight, in the same room
    r"at all times|all the time|in the same room|in sight|within sight|never (leave|leaving)|not (leave|leaving))\b",
    re.I)
HOW_OFTEN_OR_MUCH = patterns.compile(
    r"\b(by (not |never )?\w+ing|using|every|each|daily|weekly|nightly|fortnightly|(once|twice|three times) (a|per|each|every)|"
    r"(an?|per) (hour|day|night|week|fortnight|month)|no more than|not more than|less than|fewer than|at least|"
    r"at most|(\d+|one|two|three|four|five|six|seven|eight|nine|ten|half an?)\s*(%|per ?cent|cans?|units?|drinks?|"
    r"pints?|glasses|bottles|hours?|minutes?|times?|cigarettes?|nights?|days?|pounds|£)|£\s*\d+)\b", re.I)
# Keeping to what the plan or an order says, going through a process, the plan's own upkeep: when the
# action asks this first, it is read like an attendance (only a purpose makes it concrete).
PROCESS_HEAD = patterns.compile(_ACTOR_AND_MODAL + (
    # keeping to what the plan or an order says, without saying it: 'keep to his curfew', 'sign the agreement'
    r"((keep\w*|stick\w*|adher\w*|abid\w*|compl(y|ies|ied|ying)|follow\w*|agree(s|ing)? to|sign(s|ing)?( up)?|support(s|ing)?|"
    r"carr(y|ies|ying|ied) out|deliver\w*|implement\w*|uphold\w*|honour\w*|respect\w*|work\w* (with)?in|"
    r"work\w* in line) (to |with |by )?(the |his |her |their |your |all |any |this |these |every )?"
    r"([\w'’-]+ ){0,3}(curfew|agreements?|plans?|orders?|conditions|contract|rules|expectations|requirements|"
    r"arrangements|boundaries|procedures?|process(es)?|actions|activities|tasks|recommendations|bottom lines?)|"
    # the plan's own progress, as its upkeep: 'drive the plan forward', 'take the plan forward', 'lead the plan' (ac10)
    r"(driv\w*|tak(e|es|ing)|mov(e|es|ing)|push\w*|carr(y|ies|ying)) (the |this |his |her |their |your )?"
    r"([\w'’-]+ ){0,2}(plans?|process|work) (forward|on)|(progress\w*|lead(s|ing)?|coordinat\w*|co-ordinat\w*|"
    r"oversee\w*|chair\w*) (the |this |his |her |their |your )?([\w'’-]+ ){0,2}(plans?|process)|"
    # going through a process: 'undergo a parenting assessment', 'do the course', 'start counselling'
    r"(undergo\w*|go(es|ing)? through|do|does|doing|tak(e|es|ing) up|receiv\w*|be (offered|given)) (a |an |the |his "
    r"|her |their |your |some |further |more |any |all )?([\w'’-]+ ){0,3}(assessments?|tests?|testing|screening|"
    r"programmes?|courses?|treatment|counselling|therapy|interventions?|sessions|mediation)|"
    r"(start\w*|begin\w*|began|finish\w*) (a |an |the |his |her |their |your |some )?([\w'’-]+ ){0,2}(counselling|"
    r"therapy|treatment|interventions?|programmes?|sessions|assessments?)|"
    r"(do|does|doing|undertak\w*|complet\w*) (some |direct |the |this |more |further |any )?([\w'’-]+ )?work (with|on|"
    r"around|about|to)|"
    # the plan's own upkeep: 'review the safety plan', 'update the chronology', 'monitor progress'
    # a plan or an agreement to have, with nothing of it written out (ac9): 'have a safety plan for when he goes
    # missing', 'have a crisis plan in place'
    r"(ha(ve|s|ving)|get\w*) (a |an |the |his |her |their |your )?([\w'’-]+ ){0,2}(plans?|agreements?|contracts?)"
    r"(?! (for|of) (the )?(days?|week|weekend|\w+day)\b)|"
    r"(review\w*|updat\w*|revis\w*|revisit\w*|monitor\w*) (the |this |his |her |their |your |each |every |any )?"
    r"([\w'’-]+ ){0,2}(plans?|agreements?|arrangements|chronology|assessments?|progress)|keep\w* ([\w'’-]+ )"
    r"{0,3}under review|"
    # the process as what happens: 'An assessment of Dad's parenting will be completed by the end of March'
    r"be (completed|convened|shared|tested|reviewed|discussed|assessed|referred|offered|explored|considered|"
    r"updated|put in place))\b"), re.I)
ACTOR_AND_MODAL = re.compile(_ACTOR_AND_MODAL, re.I)
# School, nursery or lessons attended: a day of the child's, not a process (as ATTENDANCE reads it)
LESSONS_ATTENDED = re.compile(r"attend\w*\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:school|nursery|college|class|lessons)\b", re.I)
HAD_PLAN = re.compile(r"(?:ha(?:ve|s|ving)|get\w*)\s", re.I)
# ...unless it says when, or by what means: 'Take responsibility for the school run on Mondays', 'Prove his
# address by bringing a bill to the meeting on 2 June'.
WHEN_OR_HOW = patterns.compile(r"\b(" + _WHEN + r"|by (not |never )?\w+ing|"
                               # (not drug use: 'if he is using')
                               r"(?<!is )(?<!are )(?<!was )(?<!were )(?<!been )(?<!be )using)\b", re.I)
# 'Mum to keep all appointments': after the person who acts, 'to' is the plan's 'will', not a purpose, so the
# words it starts ('to keep', 'to make', 'to help') say nothing of why. The people a plan names this way.
_ROLE = (r"(?i:mum|mam|mummy|mother|dad|daddy|father|nain|taid|nan|nana|nanny|gran|granny|grandma|grandmother|"
         r"grandad|grandfather|grandparents?|auntie|aunty|aunt|uncle|cousin|step-?mum|step-?dad|partner|school|nursery|"
         r"college|(class |head |form )?teacher|form tutor|head of year|senco|(school )?nurse|midwife|gp|doctor|"
         r"health visitor|hv|social worker|sw|(family )?support worker|fsw|family worker|key ?worker|youth worker|"
         r"lead professional|police|probation( officer)?|housing( officer)?|camhs|foster carers?|local authority|"
         r"children['’]s services|social services|everyone)"
         # a person by name: 'Mr and Mrs Hughes', 'Cerys and Dai', 'Mia's dad'
         r"|(?-i:M(?:r|rs|s|iss) (?:and M(?:r|rs|s) )?[A-Z][\w'’-]+|[A-Z][a-z]+ and [A-Z][a-z]+)")
# People named only as a group: 'parents to', 'family members to', 'all agencies to' name nobody in particular.
_GROUP = (r"parent/s|parent\(s\)|parents?|mum/dad|carers?|family|families|family members|members|relatives|"
          r"network|safety network|(?:all )?professionals|practitioners|agenc(?:y|ies)|services|staff|adults|"
          r"the adults|everyone|everybody|all|all involved|team around the (?:family|child)|core group")
# Instructions begin with a verb, and a few verbs take 'to' or a name and 'to' straight after them ('Talk to
# the GP', 'Take Jac to the clinic', 'Read to Cai'); any other capitalised word before 'to' is a person's
# name ('Osian to keep his phone on'). A closed class: the verbs a plan's instructions start with.
_TO_VERBS = (r"go|goes|talk|speak|listen|read|sing|write|reply|respond|explain|stick|keep|agree|try|learn|continue|"
             r"need|want|get|come|move|return|say|point|turn|walk|drive|run|travel|commit|adhere|refer|report|apply|"
             r"switch|change|attend|hand|send|give|show|lend|pay|text|email|post|reach|aim|plan|hope|begin|start|"
             r"take|bring|put|help|encourage|allow|ask|invite|support|introduce|teach|tell|let|leave|lead|guide|"
             r"accompany|escort|collect|ring|phone|call|remind|expect|enable|prepare|carry|settle|link|connect|"
             r"signpost|transfer|admit|make|stay|be|work|look|sign|chat|stop|set|wait|find|use|see|meet|pass|add|"
             r"listen|drop|lock|cut|hold|play|spend|do|have|let|mind|limit|restrict|sleep|feed|wash|dress|cook")
_NAME = r"(?-i:(?!(?i:" + _TO_VERBS + r")\b)[A-Z][a-z'’-]+)"
# ...with the role or the name in brackets after it, as plans write it: 'Sarah (social worker)', 'SW (Siân)'
_WHO = r"(?:(?:" + _ROLE + r"|" + _GROUP + r"|" + _NAME + r")(?:\s*\([^()]{1,40}\))?)"
ROLE_TO = patterns.compile(r"^\W*(?:(?:the|her|his|their|both|each|all|any|every|our|your)\s+)?(?:" + _NAME
                           + r"['’]s\s+)?" + _WHO + r"(?:\s+" + _WHO + r"){0,2}(?:\s+of\s+the\s+\w+)?"
                           r"(?:\s*(?:and|&|/|,)\s*(?:(?:the|her|his|their)\s+)?" + _WHO + r"(?:\s+" + _WHO
                           + r"){0,2}){0,3}\s+to\s+(?=\w)", re.I)
# ...and whether everyone it names is one of those groups.
GROUP_ONLY = patterns.compile(r"^\W*(?:(?:the|both|each|all|any|every)\s+)?(?:" + _GROUP + r")(?:\s+(?:"
                              + _GROUP + r"))*(?:\s+of\s+the\s+\w+)?(?:\s*(?:and|&|/|,)\s*(?:the\s+)?(?:"
                              + _GROUP + r")(?:\s+(?:" + _GROUP + r"))*)*\s+to\s+$", re.I)
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
    r"living room|lounge|front room|hall|landing|computer|laptop|tablet|screen|television|tv|room|"
    # things of the day a step is done with or to: a number to block, a chart to fill in, a mark to report
    r"number|contact book|diary|calendar|list|letter|card|cop(y|ies)|timetable|sofa|lunch|packed lunch|snacks?|"
    r"teeth|toothbrush\w*|tooth ?brushing|nappy rash|bruises?|marks|injur(y|ies)|heating|meter|bills?|"
    # being there: who is present or in charge at a particular time
    r"hitting|smacking|shouting|swearing|drinking|smoking|arguing|fighting|"
    r"supervis\w*|in the room|present|stay(s|ing)? with|sit(s|ting)? with)(s|es)?\b"
    r"|\b(tŷ|ty|dŷ|nhŷ|thŷ|drws|gwely|soffa|bath|sanau|dillad|rhent|bocs|wardrob|cegin|ystafell|ffôn|potel|bwyd|"
    r"brecwast|gwaith\s+cartref|siart|canabis|ganabis|alcohol|cyffuriau)\b", re.I)


# A step someone can be seen doing: when the action asks this first, it is particular even without a time or
# a thing of the day in it ('Mum will collect Osian from the youth club', 'Dad will apply for a
# non-molestation order'). Verbs of attending, helping, giving, meeting, seeing or showing are not here:
# what they ask depends on what follows ('Give families clear information', 'Meet Alys's needs').
CONCRETE_HEAD = patterns.compile(_ACTOR_AND_MODAL + (
    r"(collect\w*|pick\w* (\w+ )?up|drop\w* (\w+ )?off|tak(e|es|ing) ([\w'’-]+ ){1,3}to|bring\w*|walk\w*|drive\w*|"
    r"move\w*|leav(e|es|ing)|live\w*|sleep\w*|appl(y|ies|ying) for|pay\w*|buy\w*|get\w* ([\w'’-]+ ){1,2}up|"
    r"put\w* ([\w'’-]+ ){1,3}to bed|ring\w*|phone\w*|call\w*|text\w*|email\w*|write\w*|read\w*|play\w*|cook\w*|"
    r"feed\w*|bath\w*|wash\w*|clean\w*|tid(y|ies|ying)|clear\w*|lock\w*|block\w*|remov\w*|hid(e|es|ing)|"
    r"hand\w*|giv(e|es|ing) (?!(support|help|information|advice|time|attention|priority|space|reassurance|encouragement|"
    r"boundaries|consent|permission|feedback|updates?|guidance|praise|an? (update|explanation))\b)([\w'’-]+ ){1,3}"
    r"to (her|his|their|the|a|an|[A-Z]\w*)\b|sit\w*|count\w*|prais\w*|brush\w*|dress\w*|fit\w*|fix\w*|repair\w*|replac\w*|"
    r"throw\w* away|pack\w*|switch\w* off|turn\w* off|charg\w*|search\w*|teach\w*|"
    r"come\w* home|go(es|ing)? home|stay\w* (at|with|overnight))\b"), re.I)


# A time put before whoever acts ('By 30 June, Gareth (family support worker) to...'): the action is read from
# who acts, and the time still counts where a time settles something (WHEN_OR_HOW reads the whole text).
LEADING_TIME = patterns.compile(
    r"^\W*(?:by|before|from|within|until|over|during|in|on|after|erbyn|cyn|o\s+fewn|dros|yn\s+ystod)\s+"
    r"[^,;:.]{1,40}?,\s*", re.I)
# A purpose that is itself an aim ('..., in order to address the concerns identified in the assessment', 'so
# that the situation improves and the children are safer') says no more than the aim: it does not make the
# action particular, so what follows it is not read for a purpose.
VAGUE_PURPOSE = patterns.compile(
    r"\b(?:so\s+that|in\s+order\s+to|in\s+order\s+that|to\s+help|fel\s+bod|er\s+mwyn)\s+"
    r"(?:(?:[\w'’-]+\s+){0,3}?(?:address|improve|reduce|manage|meet|resolve|tackle|minimi[sz]e|lessen|deal\s+with|"
    r"mynd\s+i['’]r\s+afael\s+â|gwella|lleihau|diwallu)\w*(?:['’]r)?\s+(?:[\w'’-]+\s+){0,3}?(?:concerns?|risks?|needs|issues|"
    r"worries|situation|difficulties|problems|pryderon|risgiau|anghenion|sefyllfa)\b|"
    r"(?:the\s+)?(?:situation|things|matters|home\s+conditions)\s+(?:will\s+)?(?:improves?|gets?\s+better)\b|"
    # something that will move forward or go well, with nothing said of what anyone will do ('attend sessions with the
    # contact service so that family time can move forward in a positive way', ac12; 'so that Dad can go on the school
    # run' says what)
    r"(?:[\w'’-]+\s+){1,3}?(?:can\s+|will\s+|could\s+|may\s+)?(?:(?:move|moves|carry|carries|progress|progresses)\s+"
    r"(?:forward|forwards|on|ahead)|(?:go|goes)\s+(?:forward|forwards|ahead|well|smoothly)|(?:run|runs)\s+smoothly)\b|"
    r"(?:the\s+)?(?:children|child|baby|kids)\s+(?:are|is|will\s+be|feel|stay|remain)\s+(?:kept\s+)?safer?\b|"
    # (after 'to help') help to a process or an aim ('offered mediation to help them agree contact', ac11)
    r"(?:them|him|her|the\s+(?:family|parents|carers))\s+(?:to\s+)?(?:agree|engage|reflect|"
    r"consider)\b|"
    # (after 'to help') feelings to understand or manage, an aim of its own ('sessions with the counsellor to help her
    # understand and manage her feelings', ac11 probes; 'to help him understand why he cannot live with Dad' says what)
    r"(?:them|him|her)\s+(?:to\s+)?(?:understand|manage|express|regulate|control|cope\s+with|deal\s+with)"
    r"(?:\s+and\s+(?:understand|manage|express|regulate|control|cope\s+with|deal\s+with))?\s+(?:her|his|their)\s+"
    r"(?:own\s+)?(?:feelings|emotions|anger|anxiety|worries|mood|moods)\b|"
    # the adult's understanding of the risks or the concerns as the purpose, an aim with no behaviour in it ('..., so
    # that she understands the risks to the children', 'to help him understand the impact of his drinking'); what is
    # understood when it is a thing to do ('so that she understands how to give the inhaler') says what
    r"(?:(?:she|he|they|mum|dad|mam|the\s+parents|both\s+parents|them|him|her)\s+(?:will\s+|can\s+|to\s+)?"
    r"(?:better\s+|fully\s+)?(?:understands?|recogni[sz]es?|appreciates?|has\s+insight\s+into|have\s+insight\s+into|"
    r"gains?\s+insight\s+into)\s+(?:the\s+|their\s+|his\s+|her\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:risks?|concerns?|impact|dangers?|worries|harm)\b)|"
    # keeping someone safe as the purpose, by no means said ('work with the professionals in order to keep the children
    # safe', 'er mwyn cadw Siôn yn ddiogel rhag camfanteisio', ac13): an aim; 'safe by locking the back door' says how
    r"(?:(?:she|he|they|mum|dad|the\s+parents)\s+(?:will\s+|can\s+)?)?(?:keep|keeps)\s+(?:[\w'’-]+\s+){1,3}?safer?\b(?!\s+(?:by|through)\b)|"
    r"(?:cadw|gadw)(?:['’]r\s*|\s+)(?:[\w'’-]+\s+){0,3}?yn\s+(?:ddiogel|ddiogelach)\b(?!\s+(?:drwy|trwy)\b))",
    re.I)
# ...and the same aim after a bare 'to', once something has been asked before it ('Work with the police and the
# missing team to reduce missing episodes', ac9): what is reduced is an aim's object, not a behaviour. 'Mum needs
# to reduce...' asks the change itself (CHANGE_HEAD reads it), so a modal before 'to' is no purpose.
AIM_AS_BARE_PURPOSE = patterns.compile(
    r"\bto\s+(?:reduce|address|improve|minimi[sz]e|lessen|tackle|prevent|stop|avoid|lower|cut)\s+(?:the\s+)?"
    r"(?:(?:number|risk|chance|likelihood|frequency|amount|level)s?\s+of\s+)?(?:any\s+|further\s+|future\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:episodes?|incidents?|risks?|concerns?|worries|issues|problems|difficulties|harm|"
    r"missing|exploitation|offending|re-?offending|conflict)\b|"
    # (ac13) '... to keep the children safe', no means said: as 'in order to', an aim
    r"\bto\s+keep\s+(?:[\w'’-]+\s+){1,3}?safer?\b(?!\s+(?:by|through)\b)", re.I)
_MODAL_BEFORE_TO = re.compile(r"\b(?:need|needs|needed|has|have|had|is|are|was|were|going|able|expected|required|asked|"
                              r"agree|agrees|want|wants|aim|aims|try|tries|continue|continues|begin|begins|start|starts|"
                              r"ought|used|will|must|should|plan|plans|hope|hopes)\s*$", re.I)
# A deadline among what explains an action ('by 14 March', 'within ten days', 'erbyn 30 Mehefin'): it says when
# something is due, not what it is, so a vague verb with only a deadline stays vague ('Sarah to monitor the
# situation by 14 March'), where a frequency, a condition or a purpose does not
DEADLINE = patterns.compile(
    r"^(?:(?:by|before|until|on|from|within|in)\s+(?:the\s+)?(?:\d|end|january|february|march|april|may|june|july|"
    r"august|september|october|november|december|next|this|\w+\s+(?:days?|weeks?|months?))|"
    r"(?:this|next)\s+(?:week|month|term)|erbyn\s|o\s+fewn\s|(?:ym\s+)?mis\s|fis\s|ar\s+(?:y\s+)?\d)", re.I)



# Welsh kinds the session-30 blind set showed missed (the Welsh of English kinds above), each left open in what
# it asks: someone to talk to with nobody named ('siarad â rhywun'); rules, advice or an agreement kept to
# without saying what they are ('dilyn rheolau'r tŷ', 'cadw at yr amodau'); and, unless a time, an amount, a
# means or a person says more, arrangements or help to put in place ('gwneud trefniadau addas', 'rhoi cymorth ar
# waith'), rules or limits to set ('gosod rheolau sylfaenol'), a limit with the amount left open ('cyfyngu ar
# amser sgrin'), and a state of the home ('cadw'r tŷ yn lân ac yn daclus').
_THE_CY = r"(?:y\s+|yr\s+|['’]r\s+|ei\s+|eu\s+|ein\s+)?"
OPEN_ALWAYS_CY = patterns.compile(
    r"\b(?:siarad|sgwrsio)\s+(?:â|ag|gyda|efo)\s+(?:rhywun|rywun|unrhyw\s+un|oedolyn)(?!\s+(?:yn|o|sy['’]n)\b)|"
    r"\b(?:troi|droi)\s+at\s+(?:rywun|rhywun|unrhyw\s+un)\b|"
    # knowing what to do, with nothing said of it, as in English ('gwneud yn siŵr bod pawb yn gwybod beth i'w wneud os...')
    r"\b(?:gwybod|wybod)\s+beth\s+i['’]w\s+wneud\b|"
    r"\b(?:dilyn|ddilyn|cadw\s+at|gadw\s+at|glynu\s+wrth|lynu\s+wrth|cydymffurfio\s+â|gydymffurfio\s+â)\s+" + _THE_CY
    + r"(?:rheolau|reolau|cyngor|gyngor|canllawiau|ganllawiau|cyfarwyddiadau|gyfarwyddiadau|argymhellion|cytundeb|"
    r"gytundeb|amodau|disgwyliadau|gorchymyn|cynllun|gynllun)\b", re.I)
OPEN_UNLESS_SAID_CY = patterns.compile(
    r"\b(?:gwneud|wneud|rhoi|roi)\s+(?:[\w'’-]+\s+){0,3}?ar\s+waith\b|"
    r"\b(?:gwneud|wneud)\s+(?:rhai\s+|pob\s+)?(?:trefniadau|threfniadau)\b|"
    r"\b(?:gosod|osod|pennu|bennu)\s+(?:[\w'’-]+\s+)?(?:rheolau|reolau|ffiniau|terfynau|derfynau|cyfyngiadau|gyfyngiadau)\b|"
    r"\b(?:cyfyngu|gyfyngu|chyfyngu|torri\s+i\s+lawr|dorri\s+i\s+lawr|torri\s+lawr|dorri\s+lawr)\s+(?:ar\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:amser|yfed|alcohol|cyffuriau|ysmygu|smocio|gamblo|gemau|ffôn|defnydd|gwario)\b|"
    r"\b(?:cadw|gadw|chadw)" + _THE_CY.replace("['’]r\\s+", "['’]r\\s*") + r"(?:tŷ|ty|dŷ|cartref|gartref|fflat|ystafell\s+wely|"
    r"stafell\s+wely)\s+yn\s+(?:lân|daclus|drefnus|gynnes|ddiogel|iach)\b", re.I)
# ...what says more: a time, how often or how much, by what means, who else will do it, or a list after a colon
SAID_CY = patterns.compile(
    r"\b(?:erbyn|o\s+fewn|bob|pob|dydd|ddydd|nos|noson|bore|o['’]r\s+gloch|awr|oriau|munud|munudau|unwaith|"
    r"dwywaith|dim\s+mwy\s+na|llai\s+na|uchafswm|drwy|trwy|" + _MONTHS_CY + r")\b|\d|:", re.I)
# (who else will do it counts only after what is asked: 'Nain i gyfyngu ar...' names who acts, not a helper)
HELPER_CY = patterns.compile(r"\b(?:nain|taid|anti|modryb|ewythr|wncwl|cymydog|ffrind)\b", re.I)


def open_welsh_action(text: str) -> re.Match | None:
    """The words that leave a Welsh action open by a session-30 kind (above), or None."""
    always = search(OPEN_ALWAYS_CY, text)
    if always and not (":" in text[always.end():]):
        return always
    open_ = search(OPEN_UNLESS_SAID_CY, text)
    if open_ and not (search(SAID_CY, text) or search(HELPER_CY, text[open_.end():])):
        return open_
    return None

def _deadlines_only(told: str, first: re.Match) -> bool:
    """Whether everything in told that says when or how (EXPLAINS) is a deadline; first is the first thing
    that does (search(EXPLAINS, told)). Most actions say something else first, and the pattern's many
    alternatives are not run over the whole text again for them."""
    if not DEADLINE.match(first.group(0)):
        return False
    return all(DEADLINE.match(match.group(0)) for match in EXPLAINS.finditer(told))


# An action or an outcome is a sentence or two: only this much of one is read by the outcome and action
# heuristics, so that a pasted document in one field cannot make a check slow (the regular expressions are
# linear, but with many alternatives). long-sentence still reads all of it.
READ_LIMIT = 5000


# Words only English writes, and words Welsh writes: the Welsh readings below are skipped for a text with the
# first and none of the second (nearly every action of an English plan), which changes no finding and saves their
# dozen pattern searches on each English action (about a twentieth of a worker's case)
# ('at', 'is', 'be' and 'her' are Welsh words too: 'mynediad at', 'is-bwyllgor', 'her ddarllen')
_ENGLISH_ONLY = re.compile(r"\b(?:the|and|will|to|with|for|of|are|by|their|his|they|he|she|we|you)\b", re.IGNORECASE)
_WELSH_MARK = re.compile(r"\b(?:yn|yr|y|bydd|fydd|mae|rhaid|dylai|dylid|angen|gyda|efo|â|ag|i|ei|eu|fy|ein|eich|wedi|"
                         r"gan|drwy|trwy|am|ar|o|pan|os|bob|erbyn|nad|na|ddim)\b|['’][rnu]\b", re.IGNORECASE)


def _may_be_welsh(text: str) -> bool:
    return _ENGLISH_ONLY.search(text) is None or _WELSH_MARK.search(text) is not None


def shorthand_reason(text: str, team: TeamPhrases = NO_TEAM) -> Msg | None:
    """Why an action is professional shorthand (None if it is not): it names a process, a service or a goal
    and says nothing of what will be done differently, when, or how.

    Its patterns are searched through their lower-case twins (coreplan.prefilter.search_folded): the same
    matches, two to four times sooner."""
    text = text[:READ_LIMIT]
    n_words = len(words(text))
    if n_words == 0:
        return None
    lead = LEADING_TIME.match(text)
    body = text[lead.end():] if lead else text  # 'By 30 June, Gareth to...' is read from 'Gareth to'
    actor = ROLE_TO.match(body)
    told = body[actor.end():] if actor else body  # what comes after 'Mum to'
    welsh = _may_be_welsh(text)
    aim_as_purpose = search(VAGUE_PURPOSE, told)
    if welsh:  # Welsh: the adult's understanding of the risks as the purpose ('er mwyn iddi ddeall y risgiau')
        understood = search(AIM_AS_PURPOSE_CY, told)
        if understood and (aim_as_purpose is None or understood.start() < aim_as_purpose.start()):
            aim_as_purpose = understood
    if aim_as_purpose:
        told = told[:aim_as_purpose.start()]  # '..., in order to address the concerns': no purpose said
    bare_aim = search(AIM_AS_BARE_PURPOSE, told)
    if bare_aim and told[:bare_aim.start()].strip() and not _MODAL_BEFORE_TO.search(told[:bare_aim.start()]):
        aim_tail = told[bare_aim.start():]
        told = told[:bare_aim.start()]  # '... to reduce missing episodes': as 'in order to', no purpose said
    else:
        aim_tail = ""
    # 'Parents to', 'Family members to': a group can be who acts only in a particular step
    generic = (actor if actor and GROUP_ONLY.match(actor.group(0)) else None) \
        or (search(SHORTHAND_ACTOR_CY, body) if welsh else None)
    if generic and not (search(EXPLAINS, told) or search(PARTICULARS, told)):
        return msg("'%(words)s' names nobody and no behaviour", words=" ".join(generic.group(0).split()))
    vague = search(VAGUE, text)
    if welsh:
        vague = vague or vague_welsh_action(text)  # Welsh: an abstract aim, help from nobody named
        if vague and welsh_vague_settled(vague, text):
            vague = None  # ...unless it says by what means, from whom, or how it is watched (welsh_actions)
        vague = vague or open_welsh_action(text)  # Welsh: rules kept to, limits and arrangements left open
        vague = vague or search(VAGUE_MORE_CY, text)  # Welsh: 'pan fo angen', as 'when required'
    if vague:
        return msg("'%(words)s' leaves it open what will be done and when", words=vague.group(0))
    kept = team.without_accepted(body)
    if aim_tail and kept.endswith(aim_tail):
        kept = kept[:-len(aim_tail)]  # the aim after a bare 'to' is not what the action asks
    # the heads are anchored and cheap: what would settle one is looked for only when it is there
    head = search(MENTAL_HEAD, kept)
    if head is None and (aim := search(AIM_HEAD, kept)) and not search(WHEN_OR_HOW, text):
        head = aim
    if head is None and (change := search(CHANGE_HEAD, kept)) and not search(HOW_OFTEN_OR_MUCH, told):
        head = change
    if head:
        return msg("'%(words)s' names an aim or a thought, not what anyone will do",
                   words=" ".join(head.group(1).split()))
    watch = search(WATCH_HEAD, kept)
    if watch and not search(WATCH_SETTLED, told):
        return msg("'%(words)s' says who will watch or pass on worries, not what they will look for or do",
                   words=" ".join(watch.group(1).split()))
    # Welsh: the same heads, as Welsh plans write them (coreplan.rules.welsh_actions)
    welsh_asks = welsh_head(kept) if welsh else None
    if welsh_asks:
        kind, words_said = welsh_asks
        words_said = " ".join(words_said.split())
        if kind in ("mental", "aim", "change"):
            return msg("'%(words)s' names an aim or a thought, not what anyone will do", words=words_said)
        if kind == "watch":
            return msg("'%(words)s' says who will watch or pass on worries, not what they will look for or do",
                       words=words_said)
        return msg("'%(words)s' names a process or a service, not what will change", words=words_said)
    process = search(PROCESS_HEAD, kept)
    attendance = search(ATTENDANCE, kept)
    # what is kept to, written out after a colon, is no longer left to the reader ('Follow the house rules: ...')
    if process and ":" in kept[process.end():]:
        process = None
    # a plan to have whose place or contents are said is a thing of the day ('a written plan on the fridge with the
    # numbers to ring', ac9); one for when he goes missing, with nothing in it, is not
    if process and HAD_PLAN.match(process.group(1)) and search(PARTICULARS, kept[process.end():]):
        process = None
    if (process or attendance) and not search(PURPOSE, told):
        words_said = process.group(1) if process else attendance.group(0)
        return msg("'%(words)s' names a process or a service, not what will change",
                   words=" ".join(words_said.split()))
    explained = search(EXPLAINS, told)
    if explained:
        if not _deadlines_only(told, explained):
            return None
        # only a deadline: the action is as vague as the verb it asks first ('work with Mum on routines by 30
        # June'); a shorthand word further on ('phone Nain in March to ask whether the support...') is not what
        # it asks
        head_verb = (search(SHORTHAND_VERB, told) or search(SHORTHAND_VERB_CY, told)
                     or search(SHORTHAND_VERB_MORE_CY, told))
        # (counted from after whoever acts and 'will': 'The family will agree to a risk assessment by the end of the
        # month' asks the agreement first, ac12)
        # (English only: the Welsh list has verbs of two senses, 'cynnal parti' is to hold a party)
        asked = ACTOR_AND_MODAL.match(told)
        asked_at = asked.end() if asked and not welsh else 0
        if head_verb is None or len(words(told[asked_at:head_verb.start()])) > 1 \
                or LESSONS_ATTENDED.match(told[head_verb.start():]):
            return None
    verb = (search(SHORTHAND_VERB, kept) or search(SHORTHAND_VERB_CY, kept) or search(SHORTHAND_VERB_MORE_CY, kept)
            or team.extra_match(text))
    if verb:
        return msg("'%(words)s' names a process or a service, not what will change",
                   words=" ".join(verb.group(0).split()))
    if (team.has_accepted(text) or search(CONCRETE_HEAD, kept) or search(CONCRETE_HEAD_CY, kept)
            or (welsh and search(HANDED_OVER_CY, kept))):
        return None  # wording the team knows to be particular, or a step someone can be seen doing
    if n_words <= 4:
        return msg("it is a label, not an action")
    if search(PARTICULARS, text) or search(PARTICULARS_CY, text) or search(PARTICULARS_MORE_CY, text):
        return None
    return msg("it does not say what exactly will be done, when or how often")


def is_shorthand(text: str) -> bool:
    """An action written as professional shorthand, saying neither what changes nor how."""
    return shorthand_reason(text) is not None
