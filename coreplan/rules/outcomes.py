"""Child-focused outcomes (seeds 000, 001 and 004): outcomes and measures describe the child's daily life."""

from __future__ import annotations

import re

from coreplan import patterns, prefilter
from coreplan.prefilter import search_folded
from coreplan.messages import Either, msg
from coreplan.i18n import N_
from coreplan.rules.base import Hit, Rule, options
from coreplan.rules.language import READ_LIMIT, text_before
from coreplan.rules.outcome_reading import read as read_structure
from coreplan.rules.team_phrases import NO_TEAM, TeamPhrases, team_phrases
# Welsh: what makes a Welsh outcome speak of a service, the words of a child's day, the children unnamed
from coreplan.rules.welsh_outcomes import (CHILD_WORDS_CY, DAILY_LIFE_CY, FIRST_PERSON_CY, REPORTS_THE_CHILD_CY,
                                           SERVICE_CY, in_the_scene_cy)
# ...and the Welsh shapes those words do not reach: provision had, the process as a place, a provider's infinitive
from coreplan.rules.welsh_outcome_reading import read_welsh
from coreplan.text import first_name, mentions_name, sentences

FAMILY = N_("child-focused outcomes")

# Who provides: the people and things of a service, as against the people of a child's life.
_PROVIDER_NOUN = (r"social\s+worker|worker|therapist|counsellor|psychologist|mentor|assistant|adviser|advisor|"
                  r"specialist|service|team|professionals?|agenc(y|ies)|clinic|panel|scheme|programme|provider|office|"
                  r"keyworker|key\s+worker|advocate|befriender|social\s+services|benefits?\s+office|job\s*centre|"
                  r"nurse|health\s+visitor|paediatrician|practitioner|volunteer|driver|officer|staff|police|council|"
                  r"local\s+authority")
_PROVIDER = r"(" + _PROVIDER_NOUN + r")s?"
# A parent, and the tests a service does for drugs or alcohol
_PARENT_WORDS = r"(mum|dad|mam|mother|father|parents?|carers?|step-?dad|step-?mum|partner|boyfriend|girlfriend)"
_SUBSTANCE = (r"(drugs?|alcohol|hair\s+strand|hair|urine|breath|breathalyser|breathalyzer|saliva|blood|toxicology|"
              r"cannabis|cocaine|heroin|substance)")
_TEST_WORDS = r"(tests?|testing|screens?|screening|samples?|results?|readings?)"
# ...paid by the family, which is the family's day ('paid by her dad', 'covered by Nain')
_NOT_BY_FAMILY = (r"(?!(\s+for)?\s+by\s+(her\s+|his\s+|their\s+|my\s+)?(older\s+|younger\s+|big\s+)?(mum|dad|mam|nain|taid|"
                  r"nan|gran|grandma|grandad|grandparents|parents?|aunt|auntie|uncle|sister|brother|family|"
                  r"foster\s+carers?|carers?|partner)\b)"
                  # ...or from the young person's own money ('paid from her wages', 'out of his savings')
                  r"(?!(\s+for)?\s+(from|out\s+of|with)\s+(her|his|their|my)\s+(own\s+)?(wages?|money|pay|earnings|"
                  r"savings|pocket\s+money|job)\b)")
# (oe10) the child's views heard by her family are the family's day ('Nia's views will be heard by her family'; 'heard at
# conference' stays the process's)
_VIEWS_BY_FAMILY = (r"(?!\s+by\s+(her\s+|his\s+|their\s+|the\s+)?(whole\s+)?(family|parents?|mum|dad|mam|nain|taid|"
                    r"grandparents?|brothers?|sisters?|friends?)\b)")
# A service, an attendance or a process, in words the structural reading (outcome_reading) does not reach:
# a word that is a service wherever it stands, a passive of a service's act whatever the subject, the process
# itself. What the reading covers in every clause was taken out of this list: the provider or the process as
# the subject, attending, completing, accepting, keeping or working with a service, referrals, access and
# opportunities, support by a provider, a named group or course, and needs addressed.
# "attend school" is the child's own life, so it is left out.
SERVICE = patterns.compile(
    # an attendance figure ('her attendance above 95%') measures the child's schooling, not a service
    # ('a certificate for good attendance' is the child's own schooling too)
    # (the look-behinds come after the literal, so that the matcher passes this alternative over on its first letter)
    r"\b(attend(?<!good\sattend)(?<!full\sattend)(?<!perfect\sattend)(?<!better\sattend)(s|ed|ing|ance)?(?!\s+(at\s+)?(school|nursery|college|playgroup|lessons|class|ysgol|cylch)\b)"
    r"(?!\s+((will\s+)?(be|is|stays?|remains?)\s+)?(above|below|over|under|rate|figures?)\b)"
    # (oe10) ...and the figure rising: 'her attendance will rise above 95%', 'his attendance improves to 92%'
    r"(?!\s+(will\s+|should\s+)?(continue\s+to\s+)?(rise|rises|improve|improves|increase|increases|go\s+up|goes\s+up|"
    r"reach|reaches)\s+(above|over|to|beyond|at\s+least)\b)|"
    r"engag(e|es|ed|ing|ement)\b(?!\s+(\w+\s+)?in\b)|compl(y|ies|ied|ying|iance|iant)|co-?operat\w*|undertak\w*|"
    r"participat\w*|monitor\w*|counselling|therapy|"
    r"support\s+(will|to\s+be)|"
    # (signing up for the choir or a club is the child's week)
    r"sign(s|ed)?\s+up(?!\s+(for|to)\s+(the\s+|a\s+|an\s+)?(school\s+|local\s+)?(choir|club|team|band|trip|"
    r"football|rugby|netball|swimming|dance|drama|scouts|guides|brownies|cubs|orchestra|play)\b)|make\s+use\s+of|through\s+(the\s+)?([\w'’-]+\s+){0,2}(local\s+offer|scheme|fund|panel)|"
    # respite for the family: 'a break from caring', 'Tomos's carers will get a regular break' (a break had by
    # the child is the child's own day: 'Cai will have a break at lunchtime')
    r"breaks?\s+from\s+(\w+\s+)?caring|"
    # the child's day held back for a step of the process: 'will not leave the ward until a discharge planning
    # meeting has been held', 'will not go home until a multi-agency meeting has agreed his safety plan'
    r"(until|unless|once|before)\s+(a|an|the|his|her|their)\s+([\w'’-]+\s+){0,3}(meeting|conference|review|panel|"
    r"core\s+group|strategy\s+discussion|assessment|plan)\s+(has|have|is|are)\s+(been\s+)?(held|agreed|completed|"
    r"approved|signed|done|finished|convened|carried\s+out|put\s+in\s+place|in\s+place)|"
    r"(until|unless|once|before)\s+(a|an|the)\s+([\w'’-]+\s+){0,3}(meeting|conference|panel|core\s+group|court)\s+"
    r"(has|have)\s+(agreed|approved|decided|signed\s+off)|"
    # the help others give written as the outcome, in a pastoral support plan's own shape: 'My family will help me by
    # checking my planner every night' ('I will help myself by...' is the child's own)
    r"(will|to|can|could|should)\s+(help|support)\s+me\s+by\s+\w+ing|"
    # a category the leaving-care law gives a young person: 'a category 3 young person'
    r"category\s+[1-6]\s+(young\s+person|care\s+leaver)|"
    # the school taxi a child rides in ('go to school in the school taxi')
    r"(in|by|on)\s+(the\s+|a\s+|his\s+|her\s+|their\s+)?(school|council)\s+taxi|"
    r"(carers?|parents?|mum|dad|mam|family|nain|taid|grandparents)\s+(will\s+|to\s+)?(get|have|receive|be\s+given)"
    r"s?\s+(a\s+|some\s+|their\s+)?(\w+\s+)?breaks?|"
    r"(visits?|checks?)\s+(by|from)\s+(the\s+)?(social\s+worker|health\s+visitor|professionals?|workers?)|"
    r"(worker|visitor|officer|nurse|professionals?)\s+(to|will)\s+visit|"
    # something is done to the child by a service: offered, referred, registered, placed, measured, reviewed
    r"(be|been|being|is|are)\s+(re-?)?(offered|given|provided|referred|registered|placed|allocated|assigned|enrolled|"
    r"signposted|assessed|measured|reviewed|monitored|visited|graded|rated|scored|audited|"
    r"seen\s+by|enabled|booked|funded|commissioned|arranged|escorted|"
    r"transported|screened|tested|consulted|discussed|considered|approved|put\s+forward|on\s+(a|the)\s+waiting\s+list|"
    # (protected *from* something is the child's safety: 'protected from seeing his parents argue')
    r"safeguarded|protected(?!\s+from\b)|kept\s+under\s+review|taught)"
    # ...but not by the family ('checked on by Mum', 'visited by Nain'), nor a thing of the child's day given
    # ('given her pocket money', 'offered a snack'): the structural reading weighs those
    r"(?!(\s+[\w'’-]+){0,3}?\s+by\s+(her\s+|his\s+|their\s+)?(older\s+|younger\s+|big\s+|little\s+)?(mum|dad|mam|nain|taid|nan|gran|grandma|grandad|grandparents|"
    r"parents?|aunt|auntie|uncle|sister|brother)\b)"
    r"(?!\s+(a\s+|an\s+|her\s+|his\s+|their\s+|some\s+)?(snacks?|drinks?|pocket\s+money|cuddles?|hugs?|praise|"
    r"choices?|treats?|presents?)\b)|"
    # benefits had ('in receipt of free school meals'), a case closed to a service, a child off the register
    r"receipt\s+of|closed\s+to\s+(the\s+)?\w+|"
    r"off\s+(the|a|an|his|her|their)\s+([\w'’-]+\s+){0,3}(register|plan)\b(?!\s+(to|for)\b)|"
    # a placement of the care system; a work or college placement is the young person's own week
    r"placement(?<!work\splacement)(?<!work-placement)(?<!college\splacement)(?<!course\splacement)s?|supervised\s+contact|contact\s+(will\s+be\s+|is\s+)?supervised|"
    # (oe10) the school's medical room is a place of the child's day ('check her own blood sugar in the medical room')
    r"(health\s+assessment|medical(?!\s+room\b)|check-ups?)|"
    r"appointments?\s+(will\s+be\s+|are\s+|is\s+)?(kept|attended|made|booked)|"
    # the process itself as the outcome: the register, the plan, the case
    r"on\s+the\s+(child\s+protection\s+)?register|subject\s+to\s+(a|the)\s+(\w+\s+){0,2}(plan|order)|"
    r"(case|file)\s+(will\s+be\s+|is\s+)?(closed|stepped\s+down)|stepped\s+down|"
    r"(known|open)\s+to\s+([\w'’]+\s+){0,2}(services?|social\s+care)|(case|file)\s+(will\s+)?(stay|remain)\s+open|"
    r"services?\s+(agreed|offered|provided|arranged)|set\s+out\s+in\s+(\w+\s+){0,2}plan|"
    r"(plan|package|support|services?)\s+(\w+\s+){0,2}in\s+place|with\s+a\s+supervisor|supervisor\s+present|"
    r"contact\s+centre|waiting\s+list|"
    r"(support|help)(s|ed|ing)?\s+(the\s+)?(family|parents?|mum|dad|carers?)\s+to|"
    # 'would benefit from' anywhere in a sentence
    r"benefit\w*\s+from|"
    # a place allocated ('get a place at a special school', 'be offered a place on the course', 'have a nursery
    # place', 'a place for Mali at the nursery') and a part of an order or a plan ('as part of his order'); a place
    # won in a team, a choir, a show or on a trip is the child's own ('a place in the school football team')
    r"(get|gets|getting|got|have|has|having|be\s+given|be\s+offered|secure[sd]?|securing)\s+a\s+place\s+(at|in|on|with)\b"
    r"(?!\s+(the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?([\w'’-]+\s+){0,2}?(team|teams|squad|choir|cast|band|orchestra|"
    r"show|concert|final|finals|race|trip|trips|residential|camp)\b(?!\s+(therapy|group|groups|club|scheme|session|"
    r"sessions|service|services|unit|centre|programme|project|provision)\b))|"
    r"(get|gets|getting|got|have|has|having|be\s+given|be\s+offered|secure[sd]?|securing)\s+(a|an|her|his|their)\s+"
    r"(funded\s+|free\s+|full-time\s+|part-time\s+)?(nursery|childcare|school|playgroup|pre-school|preschool|creche|"
    r"cr[eè]che)\s+places?\b|"
    # a language taught to a newcomer, as the Welsh reading has it ('have Welsh lessons as an additional language',
    # 'English as an additional language support'; speaking Welsh with her friends is her own day)
    r"(have|has|having|get|gets|getting|receive|receives|receiving|be\s+given|be\s+offered)\s+([\w'’-]+\s+){0,3}?"
    r"as\s+an\s+additional\s+language\b|"
    r"as\s+an\s+additional\s+language\s+(support|lessons?|classes|class|teaching|teachers?|team|service|provision|"
    r"sessions?)\b|"
    # a bus pass handed over, as 'cael pas bws' in Welsh ('get a free bus pass'; using her bus pass is her own day)
    r"(get|gets|getting|got|be\s+given|be\s+offered|apply\s+for)\s+an?\s+(free\s+)?(bus|travel)\s+pass(es)?\b|"
    # the council's transport, as a taxi or an escort is ('picked up from school by council transport')
    r"(council|local\s+authority)(['’]s)?\s+transport|"
    r"\ba\s+place\s+for\s+[\w'’-]+\s+(at|in)\s+(the\s+|a\s+|an\s+)?([\w'’-]+\s+){0,2}?(nursery|playgroup|"
    r"pre-school|preschool|creche|school|unit|refuge|centre|setting)\b|"
    r"as\s+part\s+of\s+(his|her|their|the|a|an)\s+([\w'’-]+\s+){0,2}(order|plan|contract|programme|agreement)|"
    # a provider does something to the child: 'checked by the health visitor', 'picked up by a volunteer
    # driver', 'a group run by the carers' service' (being taken to appointments is read from the structure)
    r"(all\s+)?(his|her|their|the)\s+([\w'’-]+\s+){0,3}appointments|"
    r"(arranged|provided|run|organi[sz]ed|funded|paid\s+for|delivered|offered|given|checked|observed|weighed|measured|"
    r"supervised|picked\s+up|collected|driven|escorted|visited|helped|supported|seen|done|carried\s+out|made|"
    r"completed|kept|taken|shared)\s+(\w+\s+){0,3}by\s+"
    r"(a|an|the|her|his|their)\s+([\w'’-]+\s+){0,2}" + _PROVIDER + r"|"
    # the child's part in the process: views heard at meetings, included in decisions
    r"(views|wishes(\s+and\s+feelings)?)\s+(will\s+be\s+|are\s+|is\s+)?(heard|recorded|included|sought|gathered|"
    r"listened\s+to|taken\s+into\s+account)" + _VIEWS_BY_FAMILY + r"|"
    # (oe9) ...with what they are about between, through an auxiliary ('his wishes and feelings about going home will be
    # ascertained and considered', 'her views on family time are to be obtained'); 'his wishes to go home with Nain
    # listened to him' has no auxiliary and is not read
    r"(views|wishes(\s+and\s+feelings)?)\s+([\w'’-]+\s+){1,6}?(will\s+be|(are|is)\s+to\s+be|to\s+be|are|is|"
    r"ha(ve|s)\s+been)\s+(heard|recorded|included|sought|gathered|listened\s+to|taken\s+into\s+account|ascertained|"
    r"obtained|captured|considered|represented|explored|written\s+down)" + _VIEWS_BY_FAMILY + r"|included\s+in\s+(\w+\s+){0,2}(decisions|meetings|planning|reviews?|plans?)|"
    r"(at|in|to|for)\s+(every|each|all|the)\s+([\w'’-]+\s+){0,2}(meetings?|reviews?|conferences?|"
    r"core\s+groups?|panels?|courts?|tribunals?)|(at|in|to|before)\s+court\b|"
    r"(take\s+part|have\s+(a|his|her|their)\s+say|involved)\s+in\s+(the\s+)?([\w'’-]+\s+){0,3}"
    r"(decisions?|meetings?|reviews?|conferences?)|"
    # young carers' provision wherever it is named ('the young carers club once a month')
    r"young\s+carers?['’]?s?\s+(club|group|project|service|scheme|sessions?|support|card|assessment)s?|"
    # giving evidence to a court, and the care system's life story book
    r"give\s+(her|his|their)?\s*evidence|life\s+story\s+book|"
    # found eligible for help: 'eligible for free school meals'
    # the child scoring on a service's tool: 'score higher on the wellbeing questionnaire'
    r"scor(e|es|ed|ing)\s+(higher|lower|better|worse|more|less|\d+)\s+((or\s+)?(more|less|above|below)\s+)?on\s+"
    r"(the|a|an|her|his|their|my)\s+([\w'’-]+\s+){0,2}?(scale|questionnaire|sdq|star|profile|checklist|measure|tool|"
    r"rating|matrix)|"
    r"eligible\s+for\s+([\w'’-]+\s+){0,3}?(free|support|help|funding|grants?|places?|pass|payments?|budget|respite|"
    r"breaks|services?|assessments?|meals|allowance|benefits?|care|accommodation|housing)\b|"
    # what a court order asks, as its unpaid work: reparation and an electronic tag
    r"reparation\s+(hours|work|sessions?|activit(y|ies)|project)|electronic(ally)?\s+(tag|tagged|monitoring)|"
    # (oe10) ...and hours of it ('do twenty hours of reparation'), and a drug or breath test done to the young person
    # ('will be drug tested at each session'; what a test shows is how a change is known, and is not read here)
    r"hours\s+of\s+reparation|(be|been|being|is|are)\s+(drug|drugs|urine|hair|breath|alcohol)[\s-]+(tested|screened)\b|"
    # (oe9) the child's costs paid by the plan, the twin of the Welsh reading's: costs, fees or fares as what is paid,
    # covered, refunded or funded ('her travel costs to college will be paid', 'have his bus fares refunded'); paid
    # by the family it is the family's day ('paid by her dad'), and paying her own bus fare is hers
    r"(costs?|fees?|fares?)\s+([\w'’-]+\s+){0,4}?(will\s+be|(are|is)\s+to\s+be|to\s+be|are|is|being|ha(ve|s)\s+been)\s+"
    r"(paid|covered|refunded|reimbursed|met|funded)\b" + _NOT_BY_FAMILY + r"|"
    r"(have|has|having|get|gets|getting)\s+(her|his|their|my|the)\s+([\w'’-]+\s+){0,3}?(costs?|fees?|fares?)\s+"
    r"([\w'’-]+\s+){0,4}?(paid|covered|refunded|reimbursed|met|funded)\b" + _NOT_BY_FAMILY + r"|"
    # a parent's tests for drugs or alcohol: the service's measure of the parent, not the child's day ('Mum's hair
    # strand tests will be clear', 'Dad will provide negative drug tests', 'Mum will test negative'); a child's own
    # test ('Emlyn's hair strand test will show no drugs in his body') is what the child was kept from
    + _PARENT_WORDS + r"['’]?s?\s+([\w'’-]+\s+){0,2}?" + _SUBSTANCE + r"\s+(\w+\s+)?" + _TEST_WORDS + r"|"
    + _PARENT_WORDS + r"\s+(will\s+|to\s+|should\s+)?(continue\s+to\s+)?(provide|give|have|get|produce|pass|return|submit|"
    r"do|take|complete|undergo|agree\s+to)s?\s+([\w'’-]+\s+){0,3}?" + _SUBSTANCE + r"\s+(\w+\s+)?" + _TEST_WORDS + r"|"
    + _PARENT_WORDS + r"['’]s?\s+tests?\s+(will\s+)?(be|come\s+back|remain|stay)\s+(negative|clear|clean)|"
    + _PARENT_WORDS + r"\s+(will\s+)?tests?\s+(negative|clear|clean)|breathalys\w+|breathalyz\w+"
    # (a measurement or a document as the subject, 'the chart will be filled in', is read from the structure)
    r")\b"
    # Welsh: provision, passives of a service's work, a provider doing it, attendance and the process
    r"|\b([mf]ynediad\s+at|cyfle(oedd)?\s+i|yn\s+elwa\s+o|"
    # 'mynychu' (attend), but not school, nursery or lessons: that is the child's own day
    r"[mf]ynychu(?!(\s+|['’]r\s+|\s+y\s+)(ysgol|cylch|feithrinfa|meithrinfa|coleg|dosbarth|gwersi|wersi)\b)|"
    # engaging *in* the child's own conversations or play, or with friends and family, is the child's day
    r"ymgysylltu(?!\s+mewn\s+(sgwrs|sgyrsiau|chwarae|gemau|gêm|gweithgareddau|gwersi|wersi)\b)"
    r"(?!\s+(â|ag|gyda|efo)['’]?\s*(i\s+|u\s+|['’]i\s+|['’]u\s+)?(ffrindiau|ffrind|chyfoedion|gyfoedion|"
    r"cyfoedion|frawd|brawd|chwaer|theulu|deulu|nain|taid|fam|dad|thad)\b)|"
    r"cydweithredu|cydymffurfio|monitro|"
    r"atgyfeirio|cadw\s+llygad\s+ar|cyfarfod\s+â['’]r\s+gweithiwr|"
    r"cael\s+(ei|eu|fy|ein)\s+(h?adolygu|mesur|fesur|h?asesu|monitro|h?atgyfeirio|cyfeirio|gyfeirio|chyfeirio|"
    r"cynnig|gynnig|chynnig|cymryd|gymryd|chymryd|darparu|ddarparu|cofrestru|gofrestru|chofrestru|cefnogi|"
    r"gefnogi|chefnogi|lleoli|leoli|cynnal|gynnal|chynnal|cysylltu|gysylltu|chysylltu|gweld\s+gan)|"
    # a meeting of the process had ('cael cyfarfod ailintegreiddio gyda'r pennaeth', as 'have a meeting' in English),
    # and a status the leaving-care law gives ('cael ei gyfrif yn berson ifanc categori 3')
    r"cael\s+(cyfarfod|gyfarfod)\b|cael\s+(ei|eu)\s+(gyfrif|chyfrif)\s+(yn|fel)\b|categori\s+[1-6]\b|"
    # a hospital or a court acting ('Bydd yr ysbyty yn rhoi gwybod i feddyg teulu Begw', 'Bydd y llys yn penderfynu'),
    # as an institution acts in English; what it is like ('yn lle tawel') is not an act
    r"(yr\s+ysbyty|y\s+ward|y\s+llys(\s+ieuenctid)?|yr\s+ynadon|y\s+barnwr)\s+(yn|['’]n)\s+(rhoi|trefnu|penderfynu|"
    r"darparu|anfon|cysylltu|talu|cynnal|asesu|rhyddhau|adolygu|cynnig|gorchymyn|dedfrydu|cyfeirio|hysbysu|gwneud\s+"
    r"gorchymyn)\b|"
    r"cael\s+(cwnsela|therapi|cymorth|cefnogaeth|help|asesiad|sesiynau|gwasanaeth|mentor|amser\s+gyda\s+"
    r"(therapydd|chwnselydd|cwnselydd|gweithiwr|ngweithiwr|arbenigwr))"
    # help from the family is the child's own day: 'cael help gan Nain gyda'i gwaith cartref'
    r"(?!\s+(gan|gyda|efo|oddi\s+wrth)\s+(ei\s+|eu\s+|['’]i\s+)?(nain|taid|mam|fam|dad|thad|frawd|brawd|chwaer|"
    r"modryb|ffrind\w*|teulu|deulu)\b)|"
    r"(grŵp|grwp|gwrs|cwrs|rhaglen)\s+rhianta|"
    r"(gweithiwr|gweithwyr|ymwelydd\s+iechyd|cwnselydd|nyrs|athrawes|athro|ysgol|gwasanaeth\w*|ymarferwyr|"
    r"therapydd)" + REPORTS_THE_CHILD_CY + r"\s+(\w+\s+){0,2}yn\s+(ymweld|gweld|monitro|rhoi|darparu|cadw\s+llygad|cefnogi|helpu|asesu|"
    r"ymgysylltu)|"
    r"ymweld\s+â\s+swyddfa|(asesiad\w*|ymweliad\w*|cyfarfod\w*|canlyniadau)['’]?n?\s+(cael\s+eu|digwydd))\b",
    re.IGNORECASE)

# Words of a child's day: eating, sleeping, school, play, feelings, health, being safe.
DAILY_LIFE = patterns.compile(
    r"\b(breakfast|lunch|tea|dinner|supper|meals?|food|fed|feeds?|feeding|eats?|eating|ate|hungry|drinks? milk|"
    r"bottles?|sleeps?|sleeping|slept|asleep|bed|beds|bedtime|bedroom|cot|nap|naps|nappy|nappies|bath|baths|"
    r"washed|wash|clean|dirty|clothes|uniform|socks|coat|school|ysgol|nursery|class|lessons|teacher|friends?|"
    r"plays?|playing|played|toys?|park|games|safe|safely|scared|frightened|afraid|happy|happier|calm|calmer|"
    r"settled?|settles|cries|crying|laughs?|smiles?|weight|weighed|grow|grows|growing|growth|teeth|dentist|"
    r"doctor|healthy|walks?|talks?|talking|tells|says|said|feels?|feeling|worried|worries|home|room|wakes?|"
    r"woken|dressed|arrives?|on time|late|hurt|bruises?|shouting|shouted|arguments?|quiet|wets?|wetting|"
    r"homework|reads?|reading|clubs?|football|brownies|sees|spends?|spending|weekend|saturdays?|sundays?|"
    r"mornings?|evenings?|nights?|day|days|every day|each day|week|hugs?|comfort|cuddles?|laughing|learn|"
    r"learning|words|speech|crawl|crawling|walking|rash|injur\w*|medicine|appointments? for (him|her))\b",
    re.IGNORECASE)


CHILD_WORDS = patterns.compile(r"\b(he|she|they|his|her|their|him|the child|the children|the baby|the boys?|"
                               r"the girls?|children|baby|both children|all three|the twins)\b", re.IGNORECASE)


def service_words(sentence: str, team: TeamPhrases = NO_TEAM) -> re.Match | None:
    """The words that make a sentence speak of a service, if any (the team's accepted phrases never do)."""
    kept = team.without_accepted(sentence)
    # prefilter.search: the same match, without searching a sentence that holds none of the words a match
    # needs (these two patterns are most of a check's time on a case otherwise)
    return (_english_service(kept) or _welsh_service(kept) or read_structure(kept)
            or _welsh_reading(kept) or team.extra_match(sentence))


# (oe9) The placement a child goes missing or runs away from is where she sets out, as 'from the hostel' is: 'will not
# go missing overnight from her placement', 'will not run away from his placement' are the child's day ('moved from her
# placement', 'stay in her placement' are the care system's)
_LEFT_FROM = re.compile(r"\b(missing|run|runs|ran|running|away|absent|absconds?|absconding)\b(\s+[\w'’-]+){0,2}?\s+from\s+"
                        r"(her|his|their|the|my)\s+(\w+\s+)?$", re.IGNORECASE)


# (twen2) The child's own life story book, used by her as she wants ('look at her life story book with her carer when she
# wants to', 'add photos to his life story book'): her own day, as the Welsh reading keeps her looking at it; the book
# made or had ('will have a life story book', 'her life story book will be completed') stays the care system's
_OWN_BOOK = re.compile(r"\b(look|looks|looking|read|reads|reading|add|adds|adding|share|shares|sharing|show|shows|"
                       r"showing|talk|talks|talking|keep|keeps|keeping)\b(\s+[\w'’-]+){0,3}?\s+(at|to|about|through|"
                       r"from|in)?\s*(her|his|their|my)\s+(own\s+)?$", re.IGNORECASE)


def _english_service(text: str) -> re.Match | None:
    found = prefilter.search(SERVICE, text)
    while found is not None and (
            (found.group(0).lower().startswith("placement")
             and _LEFT_FROM.search(text[max(0, found.start() - 60):found.start()]) is not None)
            or (found.group(0).lower().startswith("life")
                and _OWN_BOOK.search(text[max(0, found.start() - 60):found.start()]) is not None)):
        found = SERVICE.search(text, found.end())
    return found


# Help the child will no longer need is a change in the child, as 'will no longer need support' in English: 'Ni fydd
# angen i Jac gael cymorth un i un amser cinio', 'Ni fydd angen iddo fynd i'r grŵp'
_NOT_NEEDED_CY = re.compile(r"\b(?:ni|na|nad|dim)\s+(?:[\w'’]+\s+){0,3}?angen\s+(?:i\s+[\w'’]+\s+|iddo\s+|iddi\s+|"
                            r"iddyn\s+|iddynt\s+)?$", re.IGNORECASE)


def _not_needed_cy(text: str, start: int) -> bool:
    return ("angen" in text and _NOT_NEEDED_CY.search(text[max(0, start - 60):start]) is not None) \
        or in_the_scene_cy(text, start)  # '... tra bydd yn byw yn y cartref plant': the scene, not the change


def _welsh_service(text: str) -> re.Match | None:
    found = prefilter.search(SERVICE_CY, text)
    while found is not None and _not_needed_cy(text, found.start()):
        found = SERVICE_CY.search(text, found.end())
    return found


def _welsh_reading(text: str):
    reading = read_welsh(text)
    return None if reading is not None and _not_needed_cy(text, reading.start()) else reading


# Who is the subject of a helping verb (Welsh): the child helping the family is the child's own day ('Bydd Llŷr yn
# helpu Dad i wneud swper', 'Bydda i'n helpu Mam i blannu llysiau', 'Bydd Anest a Llŷr yn helpu eu tad i goginio'),
# where a provider, a named worker or a service helping the parents is the provider's work ('Bydd y gweithiwr yn helpu
# Mam i...', 'Bydd Sian, y gweithiwr teulu, yn helpu'r rhieni i...')
_HELPING_CY = patterns.compile(r"(?:helpu|(?:c|g|ch)efnogi|g?alluogi|annog|(?:c|g|ch)ynorthwyo|grymuso)\b")
# (not having to help, or being able to, is the child's day as well: 'Ni fydd Osian yn gorfod helpu ei dad i ymolchi',
# 'Fydda i ddim yn gorfod helpu Mam i...', 'Bydd Lowri'n gallu helpu ei brawd i...' (cw8))
_CHILD_MODAL_CY = r"(?:(?:gorfod|gallu|dal\s+i|parhau\s+i|dechrau|ceisio|mynd\s+i)\s+)?"
_SUBJECT_BEFORE_CY = patterns.compile(r"^\s*(?:(?:mi|fe|ni|na|nid)\s+)?(?:bydd|fydd|mae|dylai|gall|gallai|gwnaiff|wnaiff)\s+"
                                      r"(?P<who>[^\W\d_][\w'’-]*(?:(?:\s*,\s*|\s+a\s+|\s+ac\s+)[^\W\d_][\w'’-]*)*)"
                                      r"(?:\s+hefyd)?(?:\s+ddim)?(?:\s+yn|['’]n)\s+" + _CHILD_MODAL_CY + r"$")
_FIRST_PERSON_BEFORE_CY = patterns.compile(r"^\s*(?:(?:mi|fe|ni|na|nid)\s+)?(?:bydda|byddaf|fydda|fyddaf|rydw|dw|rwy|rwyf|hoffwn|"
                                           r"gallaf|galla|dylwn)(?:\s+i)?(?:\s+hefyd)?(?:\s+ddim)?(?:['’]n|\s+yn)?\s+"
                                           + _CHILD_MODAL_CY + r"$")


def _child_helps_cy(sentence: str, service, child_names: list[str]) -> bool:
    """Whether the service words are a helping verb whose subject is the child or the child's own voice."""
    # (the patterns are searched on the lower-cased words: case-insensitive ones would need a lower-case twin)
    if not _HELPING_CY.match(service.group(0).lower()) or sentence[service.start():service.end()] != service.group(0):
        return False
    before = sentence[:service.start()]
    lowered = before.lower()
    if len(lowered) != len(before):
        return False
    if _FIRST_PERSON_BEFORE_CY.search(lowered):
        return True
    subject = _SUBJECT_BEFORE_CY.search(lowered)
    if subject is None:
        return False
    who = re.split(r"\s*,\s*|\s+ac?\s+", before[subject.start("who"):subject.end("who")].strip())
    return all(any(mentions_name(part, name) for name in child_names) for part in who)


def _service_in(sentence: str, child_names: list[str], team: TeamPhrases) -> bool:
    """Whether the sentence speaks of a service, the child's own help to the family left out."""
    service = service_words(sentence, team)
    while service is not None and _child_helps_cy(sentence, service, child_names):
        rest = sentence[service.end():]
        service = service_words(rest, team)
        sentence = rest
    return service is not None


# (oe10) A service clause joined by 'and' to a clause that says how the child will be: 'Tomos will go to the dentist
# with Mum every six months and his teeth will be healthy' is the child's health, as the clause after 'and' says ('Tomos
# will attend the dentist every six months' alone, '... and his teeth will be checked', and a purpose ('attend
# counselling so that he will be happier') stay found). The service clause's
# subject is the child (the sentence starts with her name or 'I'), so that a parent's course joined to 'she will be
# confident' (the parent) is not read as the child's.
_CHILD_WILL_BE = re.compile(r"\band\s+(?P<who>(?:his|her|their|my)\s+(?:[\w'’-]+\s+){0,2}?|he\s+|she\s+|"
                            r"they\s+|i\s+|[A-Z][\w'’-]*(?:['’]s\s+(?:[\w'’-]+\s+){0,2}?|\s+))"
                            r"(?:will|would|should|can)\s+(?:(?:be|stay|feel|look|remain|keep)\s+)(?:(?:much|more|really|very|"
                            r"fully|well|as|and)\s+)?(?P<state>[\w-]+)\b")
_CHILD_STATES = frozenset({"healthy", "healthier", "clean", "cleaner", "safe", "safer", "well", "happy", "happier",
                           "settled", "calm", "calmer", "confident", "strong", "stronger", "free", "pain-free",
                           "comfortable", "rested", "warm", "dry", "content", "relaxed", "better", "fit", "fitter",
                           "secure", "steady", "stable", "decay-free", "nit-free", "bright", "alert", "active"})


def _says_how_the_child_will_be(sentence: str, child_names: list[str]) -> bool:
    """Whether the sentence starts with the child and goes on, after 'and', to say how she will be."""
    if "will" not in sentence:
        return False
    first = sentence.split(None, 1)[0].rstrip(",").replace("’", "'") if sentence.strip() else ""
    if not (first in ("I", "My") or any(first in (name, name + "'s") for name in child_names)):
        return False
    for found in _CHILD_WILL_BE.finditer(sentence):
        if found.group("state").lower() not in _CHILD_STATES:
            continue
        who = found.group("who").strip()
        if who[:1].isupper() and who.split("'")[0].split("’")[0] not in child_names and who.lower() != "i":
            continue  # 'and Mum will be calm': another person
        return True
    return False


def is_service_focused(text: str, child_names: list[str], team: TeamPhrases = NO_TEAM) -> bool:
    """True when the text describes a service or a process and no sentence describes a child's day."""
    has_service = False
    for sentence in sentences(text[:READ_LIMIT]):
        service = _service_in(sentence, child_names, team) and not _says_how_the_child_will_be(sentence, child_names)
        has_service = has_service or service
        # the child named, or the child's own voice ('I sleep in my own bed'), which names her as well
        # (search_folded: the match search gives, through the pattern's lower-case twin, sooner)
        names_child = (any(mentions_name(sentence, name) for name in child_names)
                       or search_folded(CHILD_WORDS, sentence) or search_folded(CHILD_WORDS_CY, sentence)
                       or FIRST_PERSON.search(sentence))
        if not service and names_child and (search_folded(DAILY_LIFE, sentence)
                                            or search_folded(DAILY_LIFE_CY, sentence)):
            return False  # at least one sentence is about the child's day
    return has_service


def service_focused_outcome(case, ctx):
    team = team_phrases(ctx.shared, ctx.options["service_phrases"], ctx.options["accepted_phrases"])
    names = [child.name for child in case.children]
    for goal in case.goals:
        goal_names = [case.child_by_id[c].name for c in goal.impact if c in case.child_by_id] or names
        if is_service_focused(goal.outcome, goal_names, team):
            yield Hit(_where(case, goal.at("outcome"), goal.outcome, team),
                      _message(goal.outcome, goal_names, msg("this outcome"), team))
        for action in goal.actions:
            if action.how_we_will_know and is_service_focused(action.how_we_will_know, goal_names, team):
                yield Hit(_where(case, action.at("how_we_will_know"), action.how_we_will_know, team),
                          _message(action.how_we_will_know, goal_names, msg("this measure"), team))


def _where(case, start, text, team):
    service = service_words(text, team)
    return case.locate(start, service.group(0), text_before(text, service.start())) if service else start


def _message(text: str, names: list[str], what, team: TeamPhrases):
    service = service_words(text, team)
    word = " ".join(service.group(0).split()) if service else "…"
    who = [first_name(n) for n in names[:3]]
    return msg("%(what)s describes a service ('%(word)s'), not %(who)s's day: say what will be different for "
               "%(who)s", what=what, word=word, who=who)


# The child's own voice ("I will feel safe at bedtime"), which good practice recommends for outcomes
# (case-sensitive: a lower-case "i" is the Welsh preposition)
FIRST_PERSON = patterns.compile(r"\b(I|I['’](m|ll|ve|d)|[Mm]y|[Mm]e|[Mm]yself)\b|"
                                # Welsh: 'Rydw i', 'Bydda i'n', 'fy mrawd', 'Dwi'n', 'Rwy'n', 'Byddaf yn' (welsh_outcomes)
                                r"(?i:" + FIRST_PERSON_CY + ")")


def names_a_child(text: str, child_names: list[str]) -> bool:
    """Whether an outcome names one of these children, or is written in a child's own voice."""
    return any(mentions_name(text, name) for name in child_names) or FIRST_PERSON.search(text) is not None


def outcome_without_child(case, ctx):
    for goal in case.goals:
        children = [case.child_by_id[c] for c in goal.impact if c in case.child_by_id]
        if children and not names_a_child(goal.outcome, [child.name for child in children]):
            names = Either(first_name(c.name) for c in children)
            yield Hit(goal.at("outcome"), msg("the outcome of '%(goal)s' does not name %(names)s: describe what "
                                              "their day will look like when the goal is met", goal=goal.id,
                                              names=names))


def action_without_measure(case, ctx):
    for goal in case.goals:
        for action in goal.actions:
            if not action.how_we_will_know and action.done is None:
                yield Hit(action.pos, msg("this action has no 'how_we_will_know': say what will change in the "
                                          "child's life that shows it worked"))


RULES = (
    Rule("service-focused-outcome", "warning", N_("an outcome or measure describes a service or an attendance, not a "
         "change in the child's daily life"), FAMILY, service_focused_outcome,
         options(service_phrases=(), accepted_phrases=())),
    Rule("outcome-without-child", "warning", N_("an outcome names no child of its goal"), FAMILY,
         outcome_without_child),
    Rule("action-without-measure", "warning", N_("an action has no 'how we will know'"), FAMILY,
         action_without_measure),
)
