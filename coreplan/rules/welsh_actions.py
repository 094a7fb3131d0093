"""The Welsh of what an action asks first (coreplan.rules.actions): parity with the English reading.

The English reading of `shorthand-action` looks at what an action asks first, after whoever acts and 'will' or
'to' (a thought, an aim, a change with no behaviour in it, watching, keeping to a process, attendance), and
lets a time, an amount or a purpose settle it only where one would (MENTAL_HEAD, AIM_HEAD, CHANGE_HEAD,
WATCH_HEAD, PROCESS_HEAD, ATTENDANCE there). Welsh actions were read only by their words, so a time or a
condition anywhere made them concrete: 'Mam i fynychu'r cwrs rhianta bob dydd Mawrth' and 'Bydd Dad yn rheoli ei
dymer pan fydd Mam yn ymweld' went unreported where their English twins were reported. This module reads the
same heads in the ways Welsh plans write them: after 'Mam i', 'Bydd Mam yn', 'Mae angen i Dad', 'Rhaid i Mam',
as an imperative or a verb-noun on its own, and in the impersonal 'Bydd ... yn cael ei...', with every mutated
form of the words that matter (coreplan.rules.welsh_outcomes._alternatives).
"""

from __future__ import annotations

import re

from coreplan import patterns
from coreplan.prefilter import search_folded as search
from coreplan.rules.welsh_outcomes import HELP_SEEKING_CY, VAGUE_AIM_CY, _alternatives
from coreplan.rules.welsh_outcomes import WATCH_CY as _WATCHING_CY

# Whoever acts and the Welsh of 'will', 'to', 'must', 'needs to': 'Mam i', 'Bydd Mam yn', 'Bydd hi'n', 'Mae angen
# i Dad', 'Rhaid i'r rhieni', 'Y gweithiwr cymdeithasol i', then 'parhau i', 'dechrau', 'gallu'; or nothing
# ('Mynychu...', 'Meddyliwch am...')
# (whoever acts is named before the first 'i' or 'yn': the words before it are never these, so that what is asked
# is the first verb after it, not one further on: 'Bydd Mam yn siarad yn gadarnhaol am Dad' asks her to talk)
_SUBJECT_WORD = r"(?!(?:yn|i|gan|wedi|drwy|trwy|ar|am|gyda|â|ag)\s)(?![\w'’/()-]*['’]n\s)[\w'’/()-]+"
_WHO_CY = (r"^\W*(?:(?:(?:mae\s+angen|mae['’]n\s+rhaid|rhaid)\s+i(?:['’]r)?|dylai|dylen|dylent)\s*(?:[\w'’/()-]+\s+){0,3}?|"
           r"(?:(?:bydd|fydd|fe\s+fydd|mi\s+fydd|byddan|byddant|byddwch)\s+)?(?:(?:" + _SUBJECT_WORD + r"\s+){0,5}?[\w/()-]+(?:['’]n|\s+i|\s+yn)\s+|"
           r"(?:yn|i)\s+))?"
           r"(?:(?:hefyd|wedyn|nawr|bob\s+amser|parhau\s+i|barhau\s+i|dechrau|ddechrau|gallu|allu)\s+)*")
_THE = r"(?:y\s+|yr\s+|['’]r\s*|ei\s+|eu\s+|eich\s+|ein\s+|pob\s+|yr\s+holl\s+|unrhyw\s+)?"
_SOME = r"(?:[\w'’-]+\s+){0,3}?"

# A thought, an attitude or a wish: 'meddwl am', 'ystyried', 'deall', 'ceisio', 'bod yn barod i' (never settled)
MENTAL_CY = patterns.compile(_WHO_CY + r"(" + _alternatives("""
    meddwl_am meddwl_dros meddyliwch_am ystyried ystyriwch myfyrio deall cydnabod gwerthfawrogi dysgu_am
    blaenoriaethu edrych_i_mewn_i pwyso_a_mesur meddwl_cyn meddwl_ddwywaith meddwl_yn_ofalus trio anelu gobeithio bwriadu cynllunio_sut cynllunio_beth
    bod_yn_barod_i bod_yn_fodlon_i
""") + r"|(?:ceisio|geisio|cheisio|ceisiwch)(?!\s+am\b)(?=\s+\w)|(?:rhoi|roi)\s+anghenion\s+(?:[\w'’-]+\s+){1,3}(?:yn\s+gyntaf|o\s+flaen))\b",
    re.I)

# An aim, a proof or an attitude: 'dangos bod...', 'dangos dealltwriaeth', 'cymryd cyfrifoldeb', 'derbyn y
# pryderon', 'bod yn onest', 'gwneud newidiadau' (settled by a time or a means, as in English)
_AIM_NOUNS = _alternatives("""
    dealltwriaeth mewnwelediad ymrwymiad parodrwydd tystiolaeth cynnydd newid newidiadau gwelliant gwelliannau gallu
""")
_AIM_STATES = _alternatives("""
    agored onest ymwybodol cyson amddiffynnol cyfrifol ymroddedig realistig tryloyw cadarnhaol cefnogol rhagweithiol
    dibynadwy cydweithredol ystyriol
""")
AIM_CY = patterns.compile(_WHO_CY + r"(" + _alternatives("dangos dangoswch profi") + r")\s+(?:"
    r"(?:ei\s+|eu\s+|y\s+|yr\s+|['’]r\s*)?(?:bod|fod)|y\s+(?:gall|gallant|gallu)|(?:ei\s+|eu\s+|y\s+|yr\s+)?(?:" + _AIM_NOUNS
    + r"))\b|" + _WHO_CY + r"((?:" + _alternatives("cymryd derbyn") + r")\s+(?:cyfrifoldeb|gyfrifoldeb|(?:y|['’]r)\s*pryderon|bod|fod)"
    r"|(?:(?:bod|fod)\s+yn\s+)?(?:fwy\s+|gwbl\s+|hollol\s+|gyson\s+)?(?:" + _AIM_STATES + r")"
    r"|(?:" + _alternatives("gwneud") + r")\s+(?:rhai\s+|pob\s+)?(?:newidiadau|cynnydd|gwelliannau|ymdrech)"
    # strategies or skills to use with none of them named ('defnyddio strategaethau ymdopi pan fydd pethau'n anodd', ac10)
    r"|(?:" + _alternatives("defnyddio") + r")\s*(?:ei\s+|eu\s+|y\s+|yr\s+|['’]r\s*|rhai\s+|rhagor\s+o\s+)?"
    r"(?:strategaethau|technegau|sgiliau|dulliau|ffyrdd\s+o\s+ymdopi))\b", re.I)

# A change with no behaviour in it: 'rheoli ei dymer', 'lleihau ei yfed', 'gwella', 'ymddwyn yn well', 'cadw'r
# plant yn ddiogel', 'cadw allan o drwbl' (settled only by how often or how much, or by what means)
CHANGE_CY = patterns.compile(_WHO_CY + r"(" + _alternatives("""
    gwella lleihau rheoli datblygu datrys delio_â delio_gyda goresgyn cryfhau gweithio_ar taclo amddiffyn diogelu
    gwellwch lleihewch rheolwch
""") + r"|"
    # learning how to make a change with nothing of it named, as English 'learn how to manage her diabetes' is read
    # through its 'to' (ac12 probes; 'dysgu sut i roi inswlin' names a step)
    r"(?:" + _alternatives("dysgu") + r")\s+(?:sut\s+)?i\s+(?:reoli|wella|leihau|ddatblygu|ddatrys|ddelio\s+(?:â|ag|gyda)|"
    r"oresgyn|gryfhau|daclo|amddiffyn|ddiogelu)\b|(?:mynd|fynd)\s+i['’]r\s+afael\s+(?:â|ag)|(?:" + _alternatives("newid") + r")\s+(?:ei|eu|eich)\s+(?:h?ymddygiad|"
    r"ffordd|agwedd|h?agwedd|dull|rhianta|arferion|h?arferion)|(?:" + _alternatives("diwallu") + r")\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:anghenion|h?anghenion)|(?:" + _alternatives("ymddwyn") + r")(?:\s+yn\s+(?:well|dda|briodol|gyfrifol|synhwyrol|gall|iawn))?"
    r"|(?:" + _alternatives("gwneud") + r")\s+(?:dewisiadau|penderfyniadau)\s+(?:gwell|da|cadarnhaol|iach|diogel|call|doeth|iawn|"
    r"synhwyrol)|(?:" + _alternatives("cadw cadwch aros") + r")\s+allan\s+o\s+(?:drwbl|drafferth|helynt)"
    r"|(?:" + _alternatives("cadw cadwch") + r")\s*(?:['’]r\s*|y\s+|yr\s+|ei\s+|eu\s+)?(?:[\w'’-]+\s+){1,3}?yn\s+ddiogel"
    r"(?!\s+(?:yn|mewn|dan|o\s+dan|allan|i\s+ffwrdd|drwy|trwy|gan|wedi|y\s+tu)\b)"
    r"|(?:(?:bod|fod|aros|teimlo|deimlo)\s+)yn\s+ddiogel(?!\s+(?:yn|mewn|dan|gyda|efo)\b)"
    # making a place or a situation safe or safer ('gwneud ei sefyllfa'n fwy diogel', 'gwneud y tŷ yn fwy diogel', ac10)
    r"|(?:" + _alternatives("gwneud gwnewch") + r")\s+(?:[\w'’-]+\s+){0,3}?[\w-]*?(?:\s+yn|['’]n)\s+(?:fwy\s+)?(?:ddiogel|diogel)"
    r"(?!\s+(?:yn|mewn|dan|o\s+dan|drwy|trwy|gan|gyda|efo)\b))\b", re.I)

# Watching over someone, or passing on worries, with nothing said of what is looked for or done: 'cadw llygad ar
# Mia', 'goruchwylio Cai', 'rhoi gwybod am unrhyw bryderon', 'cadw'r gweithiwr yn y darlun'
_NOT_A_PERSON = (r"(?:y|yr|['’]r|ei|eu|pob|cyswllt|gyswllt|ymweliad|ymweliadau|amser|bath|prydau|pryd|bwyd|chwarae|gwaith|"
                 r"waith|mynediad|fynediad|tra|pan|yn|ar|mewn|gyda|efo|nes|tan|i|a|ac)")
WATCH_CY = patterns.compile(_WHO_CY + r"((?:" + _alternatives("goruchwylio goruchwyliwch") + r")\s*(?:(?:(?:y|yr)\s+|['’]r\s*)"
    r"(?:plant|plentyn|babi|bechgyn|merched|efeilliaid)|(?:e|ef|fe|fo|hi|nhw)|(?!" + _NOT_A_PERSON + r"\b)[a-zâêîôûŵŷ][\w'’-]*)"
    r"(?!\s+(?:a\s+)?(?:cyswllt|ymweliad|ymweliadau|amser|bath|prydau)\b)|"
    r"(?:" + _alternatives("cadw cadwch") + r")\s+(?:llygad|golwg)\s+(?:barcud\s+|agos\s+)?(?:ar|am)|"
    r"(?:bod|fod|aros)\s+yn\s+(?:wyliadwrus|effro|ymwybodol)|(?:" + _alternatives("chwilio gwylio") + r")\s+am\s+(?:arwyddion|unrhyw)|"
    r"(?:(?:" + _alternatives("rhoi") + r")\s+gwybod|(?:" + _alternatives("dweud") + r")\s+wrth|" + _alternatives("hysbysu adrodd rhannu codi trosglwyddo")
    + r")(?:\s+[\w'’-]+){0,4}?\s+(?:am\s+)?unrhyw\b|"
    r"(?:" + _alternatives("cadw cadwch") + r")\s*(?:[\w'’-]+\s+){1,3}?(?:yn\s+wybodus|yn\s+y\s+darlun|yn\s+gyfredol|mewn\s+cysylltiad|"
    r"wedi\s+(?:eu|ei)\s+diweddaru)|"
    # being seen or visited as part of the process, with nothing said of what is looked for ('Bydd Gwion yn cael ei weld
    # unwaith y flwyddyn fel rhan o'r asesiad', ac12), as English 'be seen ... as part of the assessment'
    r"(?:cael|gael)\s+(?:ei|eu)\s+(?:gweld|weld|ymweld\s+â|hymweld\s+â)(?=[^.;]*\bfel\s+rhan\s+o['’]r\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:asesiad|adolygiad|broses|proses|monitro|ymholiadau|ymchwiliad)\b))\b", re.I)
WATCH_SETTLED_CY = patterns.compile(
    r"\b(?:fel\s+bod|fel\s+nad|er\s+mwyn|i\s+(?:weld|wirio|wneud\s+yn\s+siŵr|gael\s+gwybod)|drwy|trwy|(?:a|ac)\s+(?:ffonio|dweud|"
    r"tecstio|e-bostio|ysgrifennu|adrodd|cysylltu|rhoi\s+gwybod)|yr\s+un\s+diwrnod|y\s+diwrnod\s+cynt|ymlaen\s+llaw|ar\s+unwaith|yn\s+syth|o\s+fewn|cyn|bob\s+amser|"
    r"drwy['’]r\s+amser|yn\s+yr\s+un\s+ystafell|(?:o\s+fewn|yn\s+y)\s+golwg|(?:peidio|beidio|heb)\s+(?:â\s+|ag\s+)?(?:gadael|adael))\b",
    re.I)

# Keeping to what a plan or an order says, going through a process, the plan's own upkeep, and attendance:
# settled only by saying what they are for (as English PROCESS_HEAD and ATTENDANCE)
_KEPT_TO = _alternatives("""
    cyrffyw cytundeb cytundebau cynllun cynlluniau gorchymyn gorchmynion amodau contract rheolau disgwyliadau gofynion
    trefniadau ffiniau gweithdrefnau camau gweithgareddau tasgau argymhellion
""")
_PROCESSES = _alternatives("""
    asesiad asesiadau prawf profion sgrinio rhaglen rhaglenni cwrs cyrsiau triniaeth cwnsela therapi ymyrraeth
    ymyriadau sesiynau sesiwn dosbarthiadau
""")
_PROCESS_OBJECTS = _alternatives("""
    gwasanaeth gwasanaethau gwaith cynllun rhaglen rhaglenni cwrs cyrsiau grŵp grwpiau sesiwn sesiynau asesiad asesiadau
    triniaeth cymorth cefnogaeth gweithwyr gweithiwr ymarferwyr asiantaeth asiantaethau tîm cyfarfod cyfarfodydd
    apwyntiad apwyntiadau cynhadledd cynadleddau profion cwnsela therapi clinig adolygiad ymyrraeth gofal panel
    swyddog swyddogion ymgynghorydd mentor nyrs ymwelydd ymarferydd cydlynydd fframwaith proses
""")
_IMPERSONAL = _alternatives("""
    cwblhau cynnal rhannu adolygu trafod asesu atgyfeirio cynnig ystyried diweddaru archwilio cytuno llofnodi monitro
""")
PROCESS_CY = patterns.compile(_WHO_CY + r"((?:" + _alternatives("""
    cadw_at cadwch_at glynu_wrth cydymffurfio_â dilyn dilynwch cytuno_i cytuno_ar llofnodi arwyddo cefnogi cyflawni
    gweithredu parchu gweithio_o_fewn gweithio_yn_unol_â
""") + r")\s*" + _THE + _SOME + r"(?:" + _KEPT_TO + r")|"
    r"(?:" + _alternatives("derbyn mynd_drwy mynd_trwy gwneud dilyn cymryd dechrau gorffen cwblhau ymgymryd_â") + r")\s*"
    + _THE + r"(?:[\w'’-]+\s+){0,2}?(?:" + _PROCESSES + r")|"
    # (to have or get is to undergo only an assessment, a test or a treatment: 'cael sesiwn nofio' is a swim)
    r"(?:" + _alternatives("cael") + r")\s*" + _THE + r"(?:[\w'’-]+\s+){0,2}?(?:" + _alternatives("""
    asesiad asesiadau prawf profion sgrinio triniaeth cwnsela therapi ymyrraeth ymyriadau""") + r")|"
    r"(?:" + _alternatives("gwneud") + r")\s+(?:rhywfaint\s+o\s+|mwy\s+o\s+|ychydig\s+o\s+|y\s+)?(?:gwaith|waith)\s+(?!cartref|tŷ\b)"
    r"(?:[\w'’-]+\s+){0,2}?(?:gyda|efo|ar|am|ynghylch)|"
    r"(?:" + _alternatives("adolygu diweddaru diwygio ailedrych_ar monitro") + r")\s*" + _THE + _SOME
    + r"(?:" + _alternatives("cynllun cynlluniau cytundeb cytundebau trefniadau cronoleg asesiad cynnydd") + r")|"
    r"(?:(?:yn\s+)?cael|wedi\s+cael|i\s+gael|gael)\s+(?:ei|eu)\s+(?:" + _IMPERSONAL + r")|(?:rhoi|roi)\s+ar\s+waith)\b", re.I)
ATTENDANCE_CY = patterns.compile(_WHO_CY + r"((?:" + _alternatives("mynychu mynychwch") + r")(?!\s*(?:['’]r\s*|yr\s+|y\s+|ei\s+)?"
    r"(?:ysgol|meithrinfa|feithrinfa|coleg|gwersi|dosbarth|gwaith)\b)|" + _alternatives("cydymffurfio cydweithredu") + r"|"
    r"(?:" + _alternatives("ymgysylltu ymgysylltwch") + r")\s+(?:â|ag|gyda|efo|mewn|yn)\s*" + _THE + _SOME + r"(?:" + _PROCESS_OBJECTS
    + r")|(?:" + _alternatives("cymryd") + r")\s+rhan\s+(?:yn|mewn|yng|ym)\s*" + _THE + _SOME + r"(?:" + _PROCESS_OBJECTS + r")|"
    # working with a service or a team named, as English 'work with the early help team' (ac11; ac12 probes: 'gweithio
    # gyda'r tîm ailuno teuluoedd i ddangos ei bod wedi newid cyn i Ffion ddod adref')
    r"(?:" + _alternatives("gweithio") + r")\s+(?:yn\s+agos\s+|yn\s+agored\s+)?(?:gyda|efo)\s*" + _THE + r"(?:[\w'’-]+\s+)?(?:"
    + _alternatives("gwasanaeth gwasanaethau tîm timau asiantaeth asiantaethau prosiect partneriaeth") + r")|"
    r"(?:" + _alternatives("cadw cadwch") + r")\s+(?:pob|yr\s+holl|ei|eu|y|['’]r)?\s*(?:[\w'’-]+\s+)?(?:pob\s+apwyntiad|apwyntiadau|"
    r"hapwyntiadau)|(?:(?:bod|fod)\s+yn\s+bresennol|troi\s+i\s+fyny)\s+(?:yn|mewn|i|at|ar\s+gyfer|yng|ym)\s*"
    + _THE + r"(?:" + _alternatives("apwyntiad apwyntiadau cyfarfod cyfarfodydd sesiwn sesiynau cynhadledd") + r")|"
    r"(?:" + _alternatives("cwblhau") + r")\s*" + _THE + r"(?:[\w'’-]+\s+){0,2}?(?:" + _alternatives("cwrs rhaglen asesiad sesiynau gwaith "
    "camau tasgau cynllun") + r")|(?:" + _alternatives("rhoi darparu") + r")\s+(?:[\w'’-]+\s+){0,2}?(?:sampl|samplau|samplu|prawf|profion)|"
    + _alternatives("atgyfeirio asesu cydlynu") + r"|(?:" + _alternatives("rhannu") + r")\s+gwybodaeth|"
    r"(?:" + _alternatives("cynnal trefnu galw cynnull") + r")\s*" + _THE + r"(?:" + _alternatives("cyfarfod cynhadledd trafodaeth")
    + r")\s+(?:strategaeth|grŵp|cynllunio|proffesiynol|proffesiynolion|amlasiantaethol|rhwydwaith|adolygu|amddiffyn|achos|"
    r"cyn-achos|porth|craidd))\b", re.I)
# the plan's own group meeting, however often: 'Grŵp craidd i gyfarfod o leiaf unwaith bob chwe wythnos'
GROUP_MEETS_CY = patterns.compile(r"^\W*(?:bydd\s+)?(?:y\s+|yr\s+)?(grŵp\s+craidd|gweithwyr\s+proffesiynol|asiantaethau|ymarferwyr|"
                                  r"tîm\s+o\s+amgylch\s+y\s+(?:teulu|plentyn))(?:\s+[\w'’-]+){0,2}?\s+(?:i|yn)\s+"
                                  r"(?:gyfarfod|cyfarfod|gwrdd|cwrdd)\b", re.I)
PURPOSE_CY = patterns.compile(
    r"\b(?:fel\s+bod|fel\s+nad|fel\s+na|er\s+mwyn|gyda['’]r\s+nod|oherwydd|yn\s+lle|sut\s+i|(?:drwy|trwy)\s+(?!gydol\b)\w+|gan\s+ddefnyddio|"
    r"gan\s+ganolbwyntio|i\s+(?:helpu|ddysgu|roi['’]r\s+gorau|stopio|leihau|dorri|gadw|wneud|ddod\s+o\s+hyd|siarad|wirio|bwyso|"
    r"gynllunio|weithio\s+ar|ymarfer|fynd\s+drwy|ganolbwyntio))\b", re.I)

# What settles an aim: a time, how often, or by what means; a change: how often, how much, or by what means
_MONTHS = "ionawr|chwefror|mawrth|ebrill|mai|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr"
_TIMES = (r"[bp]ob\s+(?:yn\s+ail|dydd|diwrnod|nos|noson|bore|prynhawn|wythnos|pythefnos|mis|tymor|tro|awr|ymweliad|penwythnos|"
          r"dydd\s+\w+|nos\s+\w+)|ddydd\s+\w+|dydd\s+(?:llun|mawrth|mercher|iau|gwener|sadwrn|sul)|nos\s+(?:lun|fawrth|fercher|iau|"
          r"wener|sadwrn|sul)|(?:unwaith|dwywaith|teirgwaith|(?:tair|pedair|pum|chwe|saith|wyth|naw|deg)\s+gwaith)\s+(?:y|yr|bob|pob)\s+\w+|"
          r"yn\s+(?:ddyddiol|wythnosol|fisol|bythefnosol|nosweithiol)|o['’]r\s+gloch|\d|")
WHEN_CY = patterns.compile(r"\b(?:" + _TIMES + r"erbyn|o\s+fewn|(?:ym\s+)?mis\s+(?:" + _MONTHS + r")|fis\s+(?:" + _MONTHS
                           + r")|(?:drwy|trwy)\s+(?!gydol\b)\w+|gan\s+ddefnyddio)\b", re.I)
HOW_MUCH_CY = patterns.compile(r"\b(?:" + _TIMES + r"dim\s+mwy\s+na|dim\s+mwy\s+nag|llai\s+na|llai\s+nag|o\s+leiaf|ar\s+y\s+mwyaf|"
                               r"uchafswm|(?:drwy|trwy)\s+(?!gydol\b)\w+|gan\s+ddefnyddio|(?:un|dau|dwy|tri|tair|pedwar|pedair|pump|pum|"
                               r"chwech|chwe|hanner)\s+(?:can|gan|caniau|uned|unedau|diod|peint|peintiau|gwydraid|potel|awr|oriau|"
                               r"munud|sigarét|punt))\b|£", re.I)

# A step someone can be seen doing, asked first with nobody named before it ('Ffonio Nain i drafod...'): the
# heads above are not looked for after it (coreplan.rules.welsh_outcomes.CONCRETE_HEAD_CY lists the steps)
from coreplan.rules.welsh_outcomes import _STEPS_CY  # noqa: E402
LEADING_STEP_CY = patterns.compile(rf"^\W*(?:{_STEPS_CY})\b", re.I)

# A thing handed to someone, asked first: a step ('rhoi ei llafnau i'w mam', 'rhoi copi o'r gorchymyn i'r heddlu', ac10);
# help, advice, time, a say or news given is not a thing ('rhoi cymorth i'r teulu', 'rhoi gwybod i'r cyngor')
HANDED_OVER_CY = patterns.compile(_WHO_CY + r"(?:" + _alternatives("rhoi rhowch trosglwyddo") + r")(?:\s+|['’]r\s*)(?=\w)"
    r"(?!(?:" + _alternatives("""gwybod cymorth cefnogaeth gwybodaeth cyngor sylw amser blaenoriaeth cyfle anogaeth ffiniau
    rheolau strwythur trefn sicrwydd arweiniad help gorau""") + r")\b)(?:[\w'’-]+\s+){1,5}?i(?:['’]r|['’]w|\s)\s*\w", re.I)

# More Welsh process words for the verb check (the English list has 'discuss', 'review'; mutated forms of the
# words coreplan.rules.actions lists in their radical form: 'Mam i fynychu', 'Dad i gwblhau'), and 'act on'
# (working with a professional named by role, as English 'work with the health visitor' is read: 'gweithio gyda'r
# ymwelydd iechyd a'r gweithiwr cymorth i deuluoedd ar yr holl bryderon', ac12; the radical-form list in
# coreplan.rules.actions takes one word before the role only)
SHORTHAND_VERB_MORE_CY = patterns.compile(r"\b(?:" + _alternatives("""
    trafod adolygu mynychu cwblhau diwallu goruchwylio pennu rheoli gwella lleihau cynnal monitro cefnogi parhau derbyn
    cyrchu darparu cydweithredu cydymffurfio gweithredu_ar cytuno_i
""") + r"|(?:cymryd|gymryd|chymryd)\s+rhan|(?:gweithio|weithio)\s+(?:gyda|efo)\s*(?:['’]r\s*|y\s+|yr\s+|ei\s+|eu\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:ymwelydd|ymwelwyr|nyrs|nyrsys|bydwraig|meddyg|swyddog|swyddogion|ymarferydd|ymarferwyr|"
    r"ymgynghorydd|cwnselydd|therapydd|mentor|gweithiwr|gweithwyr|seicolegydd|eiriolwr))\b", re.I)

# Things of the day a step is done with (the Welsh of the English list in coreplan.rules.actions.PARTICULARS:
# a list, a letter, a card, a calendar, a diary, a timetable, a number, an envelope)
PARTICULARS_MORE_CY = patterns.compile(r"\b(?:" + _alternatives("""
    amlen amlenni tystysgrif tystysgrifau cerdyn cardiau calendr dyddiadur rhestr llythyr amserlen rhif rhifau nodyn
    boeler llyfr_cyswllt matres basged blanced
""") + r"|aros\s+gyda|arhosiad)\b", re.I)

# As needed, as appropriate, as arranged: the Welsh of the English VAGUE 'when required', 'if needed', 'as arranged';
# and, as in English (ac12), influences named only by a kind of harm ('cadw draw o ddylanwadau troseddol') and an amount
# or a standard left open ('i lefel ddiogel', 'i safon dderbyniol')
VAGUE_MORE_CY = patterns.compile(r"\b(?:pan|lle|os|fel\s+y)\s+(?:fo|bo|bydd|fydd|oes|mae)\s*(?:['’]n\s+|yn\s+)?(?:angen|briodol|"
                                 r"addas|rhaid|gofynnol)\b|\byn\s+ôl\s+y\s+gofyn\b|\bfel\s+y\s+(?:trefnwyd|cytunwyd)\b|"
                                 r"\b(?:dylanwadau|dylanwad|ddylanwadau|ddylanwad)\s+(?:drwg|negyddol|niweidiol|troseddol|eithafol|"
                                 r"peryglus|anniogel|amhriodol)\b|\b(?:i|ar)\s+(?:lefel|safon|lefelau|safonau)\s+(?:ddiogel|dderbyniol|"
                                 r"resymol|briodol|addas|iach|foddhaol|diogel|derbyniol|rhesymol|priodol)\b", re.I)

_VAGUE_PURPOSE_CY = re.compile(r"\b(?:fel\s+bod|er\s+mwyn|i)\s+(?:[\w'’-]+\s+){0,3}?(?:mynd\s+i['’]r\s+afael|gwella|wella|lleihau|"
                               r"leihau|diwallu|ddiwallu)\b|\b(?:fel\s+bod|er\s+mwyn|i)\s+(?:cadw|gadw)(?:['’]r\s*|\s+)(?:[\w'’-]+\s+){0,3}?"
                               r"yn\s+(?:ddiogel|ddiogelach)\b(?!\s+(?:drwy|trwy)\b)", re.I)  # keeping safe, no means said (ac13)

# The adult's understanding of the risks, the concerns or the effect on the children, or insight into them, given as the
# purpose: an aim with no behaviour in it, as its English twin ('so that she understands the risks to the children',
# coreplan.rules.actions.VAGUE_PURPOSE; session 36, ac12): 'er mwyn iddi ddeall y risgiau i'r plant', 'fel ei fod yn
# deall y pryderon', 'fel bod ganddo fewnwelediad i'r pryderon', 'i'w helpu i ddeall yr effaith ar y plant'. What is
# understood when it is a thing to do says what ('er mwyn iddi ddeall sut i roi'r pwmp asthma iddo').
AIM_AS_PURPOSE_CY = patterns.compile(
    r"\b(?:(?:fel\s+(?:bod|ei\s+bod|ei\s+fod|eu\s+bod)|er\s+mwyn|i['’]w\s+helpu(?:\s+nhw)?\s+i|i\s+(?:helpu|helpu['’]r)\s+"
    r"(?:[\w'’-]+\s+){1,2}?i)\s+(?:iddi\s+|iddo\s+|iddynt\s+|iddyn\s+nhw\s+|hi\s+|e\s+|o\s+|nhw\s+|mam\s+|dad\s+|"
    r"(?:y\s+|['’]r\s*)?rhieni\s+|['’]r\s+ddau\s+riant\s+)?(?:yn\s+|['’]n\s+)?(?:well\s+|llawn\s+)?(?:ddeall|deall|gydnabod|"
    r"cydnabod|werthfawrogi|gwerthfawrogi|sylweddoli)\s+(?:y\s+|yr\s+|['’]r\s*|ei\s+|eu\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:risgiau|risg|pryderon|bryderon|effaith|peryglon|perygl|niwed|gofidiau)|fel\s+bod\s+(?:ganddi|ganddo|ganddynt|"
    r"ganddyn\s+nhw|gan\s+(?:mam|dad|y\s+rhieni))\s+(?:fewnwelediad|mewnwelediad|well\s+dealltwriaeth|ddealltwriaeth)\s+"
    r"(?:i|o)\b|"
    # something that will move forward or go well, as in English ('fel bod y cyswllt yn gallu symud ymlaen', ac12)
    r"(?:fel\s+bod|fel\s+y\s+gall|er\s+mwyn\s+i)\s+(?:[\w'’-]+\s+){1,3}?(?:yn\s+gallu\s+|allu\s+)?(?:symud|mynd|fynd|"
    r"datblygu|ddatblygu)\s+(?:ymlaen|yn\s+ei\s+flaen|yn\s+dda|yn\s+esmwyth|yn\s+hwylus)\b)", re.I)


# By what means (the Welsh of 'by bathing her at seven'): settles an aim of the home or of behaviour ('Gwella'r drefn
# amser gwely drwy roi bath i Mali am saith bob nos'), as in English a means settles a change
MEANS_CY = patterns.compile(r"\b(?:(?:drwy|trwy)\s+(?!gydol\b)\w+|gan\s+ddefnyddio)\b", re.I)


def welsh_vague_settled(vague: re.Match, text: str) -> bool:
    """Whether what coreplan.rules.welsh_outcomes.vague_welsh_action found is settled further on, as its English
    twin would be: an aim by what means ('gwella'r drefn amser gwely drwy roi bath i Mali'), help by whom it comes
    from ('cael cymorth gan y tîm teulu bob wythnos'), watching by how it is done ('cadw llygad ar y babi drwy'r
    amser pan fydd yn y bath')."""
    found, after = vague.group(0), text[vague.end():]
    if search(VAGUE_AIM_CY, found):
        return search(MEANS_CY, after) is not None
    if search(HELP_SEEKING_CY, found):
        return re.search(r"^\s*(?:gan|oddi\s+wrth)\s+\w", after, re.I) is not None
    if search(_WATCHING_CY, found):
        return search(WATCH_SETTLED_CY, after) is not None
    return False


def welsh_head(kept: str) -> tuple[str, str] | None:
    """What a Welsh action asks first, when that leaves it open (the kind, as the English heads: 'mental',
    'aim', 'change', 'watch', 'process'; and the words), or None."""
    if LEADING_STEP_CY.match(kept):
        return None
    head = search(MENTAL_CY, kept)
    if head:
        return "mental", head.group(1)
    for pattern, settled, kind in ((AIM_CY, WHEN_CY, "aim"), (CHANGE_CY, HOW_MUCH_CY, "change"),
                                   (WATCH_CY, WATCH_SETTLED_CY, "watch"), (PROCESS_CY, PURPOSE_CY, "process"),
                                   (ATTENDANCE_CY, PURPOSE_CY, "process"), (GROUP_MEETS_CY, PURPOSE_CY, "process")):
        head = search(pattern, kept)
        if head is None:
            continue
        words = next(group for group in head.groups() if group)
        after = kept[head.end():]
        vague = _VAGUE_PURPOSE_CY.search(after) or search(AIM_AS_PURPOSE_CY, after)
        if vague:
            after = after[:vague.start()]  # 'er mwyn gwella...' says no more than the aim
        if kind == "aim":
            after = kept  # a time anywhere settles an aim ('Erbyn mis Mawrth, dangos...')
        if kind == "process" and ":" in after:
            continue
        if not search(settled, after):
            return kind, words
    return None
