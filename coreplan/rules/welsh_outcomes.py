"""What makes a Welsh outcome speak of a service or of the child's day, and a Welsh action shorthand.

The English patterns of coreplan.rules.outcomes read who acts and the kind of verb; these do the same for
Welsh, where the words change their first letter after the words before them ('ei fonitro', 'gan weithiwr',
'i Domos gael'). So each list below is written once in its radical form and every mutated form is made
from it (coreplan.text.welsh_forms), rather than listing by hand the forms someone happened to meet.

A Welsh outcome speaks of a service when
- the child, or the child's wishes, progress or needs, are the object of a service's verb in the passive
  ('yn cael ei fonitro', 'wedi'u hatgyfeirio', 'dymuniadau Jac yn cael eu casglu');
- the child is handed provision ('cael cynnig grant', 'derbyn cymorth', 'bydd gan Gerys fynediad at');
- a provider is the agent ('gan y gweithiwr', 'gan nyrs') or the subject of a service's verb ('bydd y
  swyddog yn trefnu');
- the child takes part in a process ('cymryd rhan mewn sesiynau'), while going to school or nursery is the
  child's own day ('mynychu'r ysgol').
"""

from __future__ import annotations

import re

from coreplan import derived, patterns
from coreplan import text as _text
from coreplan.prefilter import search_folded
from coreplan.text import welsh_forms

# Working out every mutated form of these lists took about a twentieth of a whole check of an English plan
# (19M instructions), so the alternations are kept between runs (coreplan.derived), made afresh when this
# module or coreplan.text changes.
_KEPT = derived.Kept("welsh-alternatives", (__file__, _text.__file__))


def _alternatives(words: str) -> str:
    """A regular expression alternation of the words (radical forms, one a line or space-separated, a
    multi-word entry joined by '_') and every Welsh mutated form of their first letter."""
    return _KEPT.get(words, lambda: _worked_out(words))


def _worked_out(words: str) -> str:
    forms: set[str] = set()
    for entry in words.split():
        first, _, rest = entry.replace("_", " ").partition(" ")
        for form in welsh_forms(first):
            forms.add((form.lower() + (" " + rest if rest else "")).replace(" ", r"\s+"))
    return "|".join(sorted(forms, key=lambda form: (-len(form), form)))


# A service's verbs, done to the child or to the child's wishes, needs or progress
SERVICE_VERB_WORDS_CY = """
    adolygu asesu monitro mesur atgyfeirio cyfeirio cynnig darparu cofrestru cefnogi lleoli cynnal cysylltu
    goruchwylio trafod ystyried gwahodd annog galluogi cyfweld archwilio profi sgrinio diogelu amddiffyn cludo
    hebrwng ariannu comisiynu trefnu dyrannu neilltuo cofnodi olrhain arsylwi gwirio helpu cymryd diwallu
    gweld ymweld_â sgorio anfon clywed brechu imiwneiddio cadw_mewn
    trosglwyddo derbyn_i ailasesu paru
    paratoi cyflwyno hysbysu cynorthwyo hyfforddi addysgu cynghori holi rhyddhau mentora eirioli gwerthuso
    gwarchod pwyso
    tracio targedu
    rhestru
    ychwanegu
    cartrefu ailgartrefu lletya
    remandio rhemandio
"""
_SERVICE_VERBS = _alternatives(SERVICE_VERB_WORDS_CY)
# Help as a thing handed to the child
PROVISION_WORDS_CY = """
    cynnig grant apwyntiad apwyntiadau atgyfeiriad eiriolwr eiriolaeth pecyn ymyrraeth ymyriad ymyriadau
    gwaith_uniongyrchol mentor cyngor cyllid taliad taliadau cludiant offer addasiadau seibiant gofal_seibiant
    cymorth cefnogaeth help gwasanaeth gwasanaethau sesiwn sesiynau therapi cwnsela asesiad mynediad cyfle cynllun
    gofal_plant gofal_maeth gofal_preswyl gofal_dydd
    triniaeth brechiad brechiadau archwiliad gwiriad gwiriadau ymweliad ymweliadau pecyn_gofal gofal_seibiant
    imiwneiddiad imiwneiddiadau archwiliadau cyswllt cysylltiadau
    gwybodaeth darpariaeth darpariaethau llety mentora
    cyfleoedd gweithiwr gweithiwr_allweddol cynorthwyydd cynorthwy-ydd cyfreithiwr
    diagnosis cerdyn_adnabod pas_bws gwaith_grŵp gwaith_grwp
    targedau strategaethau gwarchodwr_plant person_allweddol gofal_deintyddol gofal_meddygol gofal_iechyd gofal_arbenigol
    tacsi_ysgol cludiant_ysgol hebryngwr parsel_bwyd parseli_bwyd taleb talebau taleb_fwyd talebau_bwyd lwfans bwrsariaeth
    hyfforddiant_teithio
    tiwtora gwersi_un-i-un sgan sganiau addysg_heblaw
    prawf_gwaed profion_gwaed pelydr-x pelydrau-x
    prawf_cyffuriau profion_cyffuriau prawf_alcohol profion_alcohol prawf_anadl profion_anadl prawf_wrin profion_wrin
    addysg_drochi
    cerdyn_gofalwr cerdyn_gofalwyr cardiau_gofalwr cardiau_gofalwyr pas_gofalwr
    ystafell_dawel ystafell_les ystafell_lesiant ystafell_anogaeth ystafell_synhwyraidd
    banc_bwyd cyfweliad_dychwelyd cyfweliadau_dychwelyd
    pasbort_cyfathrebu pasbort_disgybl
    gwaith_taith_bywyd addysg_strwythuredig
    amserlen_ran-amser amserlen_rhan-amser amserlen_ysgol_ran-amser amserlen_ysgol_rhan-amser amserlen_ostyngedig
    amserlen_lai amserlen_wedi'i_lleihau
"""
_PROVISION = _alternatives(PROVISION_WORDS_CY)
# A test of the eyes or the ears: provision had, as the tests above, unless what it gives the child follows ('cael
# prawf llygaid fel ei fod yn gallu gweld y bwrdd', as 'an eye test so he can see the board' in English)
_BODY_TESTS = _alternatives("prawf_llygaid profion_llygaid prawf_golwg profion_golwg prawf_clyw profion_clyw")
# A measure of the child's body taken by a service, as 'have her blood pressure taken', 'have her weight checked' in
# English: 'cael mesur ei thaldra', 'cael gwirio ei phwysau gwaed', 'cael cymryd ei phwls' (only a measure is taken:
# 'cael cymryd ei thro ar y siglen' is her turn on the swing)
_BODY_MEASURES = _alternatives("pwysau_gwaed pwysau taldra pwls tymheredd golwg clyw llygaid dannedd siwgr_gwaed "
                               "lefelau_siwgr lefel_siwgr")
_BODY_TAKEN = _alternatives("pwysau_gwaed pwls tymheredd sampl_gwaed")
# Who provides: the people and bodies of a service, as against the people of a child's life
PROVIDER_WORDS_CY = """
    gweithiwr gweithwyr ymwelydd_iechyd nyrs cwnselydd therapydd seicolegydd ymarferydd ymarferwyr tîm staff
    mentor eiriolwr gwasanaeth gwasanaethau asiantaeth asiantaethau cynorthwyydd cynorthwy-ydd swyddog
    swyddogion meddyg cyngor awdurdod ysgol meithrinfa athro athrawes pennaeth heddlu clinig cynghorydd cynghorwr
    ymarferwyr_proffesiynol gweithwyr_proffesiynol bydwraig pediatregydd ffisiotherapydd cydlynydd gwarcheidwad
    cadeirydd seiciatrydd deietegydd
    grŵp_craidd grwp_craidd cynhadledd panel
    ymgynghorydd ymgynghorwr barnwr ynad heddwas gwirfoddolwr gwirfoddolwyr gyrrwr cyfieithydd elusen prosiect
    bwrdd_iechyd camhs
    barnardo barnardos nspcc llamau platfform home-start
    athrawon nyrsys meddygon therapyddion cwnselwyr seicolegwyr mentoriaid eiriolwyr ymwelwyr_iechyd bydwragedd
    cymhorthydd cymorthyddion cynorthwywyr
    goruchwyliwr goruchwylwyr cca cyfreithiwr cyfreithwyr timau
    hebryngwr hebryngwyr
    landlord landlordiaid cymdeithas_dai cymdeithasau_tai meddygfa ward
    tiwtor tiwtoriaid cronfa cronfeydd ysgol_rhithwir
    gofal_cymdeithasol
"""
_PROVIDER = _alternatives(PROVIDER_WORDS_CY)
# What a provider does as a service, when it is the subject
PROVIDER_VERB_WORDS_CY = """
    ymweld gweld monitro rhoi darparu cadw_llygad cefnogi helpu asesu ymgysylltu trefnu cynnig atgyfeirio
    cysylltu gwirio adolygu cwblhau gweithio_gyda cofnodi mesur galw ffonio sicrhau cyfeirio cydlynu goruchwylio
    paratoi rhannu
"""
_PROVIDER_VERBS = _alternatives(PROVIDER_VERB_WORDS_CY)
# The child's wishes, needs and progress, and the papers that record them, as the subject of a passive
_PROCESS_NOUNS = _alternatives("""
    dymuniadau teimladau barn anghenion cynnydd datblygiad presenoldeb ymddygiad llesiant lles diogelwch
    sefyllfa achos cynllun asesiad asesiadau ymweliad ymweliadau cyfarfod cyfarfodydd canlyniadau adroddiad
    adroddiadau siart ffurflen cofnod cofnodion dyddiadur sgôr sgoriau apwyntiad apwyntiadau llythyr llythyrau
    gwaith anghenion_iechyd iechyd llais trefniant trefniadau
    gorchymyn cyswllt targedau nodau amcanion risg risgiau pryderon cais ceisiadau gwybodaeth
    trosglwyddiad trosglwyddiadau
""")
# What a child takes part in that is a process, not play
_PROCESS_ACTIVITIES = _alternatives("""
    sesiwn sesiynau rhaglen gwaith grŵp grwp cwrs therapi asesiad cyfarfod cyfarfodydd ymyrraeth cynllun
    adolygiad gweithgareddau_therapiwtig
""")
# A programme of work a child joins, completes or uses: a service, where a club or a game is the child's own
_PROGRAMMES = _alternatives("""
    rhaglen rhaglenni cwrs cyrsiau sesiwn sesiynau therapi cwnsela gwaith_uniongyrchol gwaith_un_i_un ymyrraeth
    ymyriad gwasanaeth gwasanaethau cymorth cefnogaeth cynllun apwyntiad apwyntiadau gorchymyn
    cyrffyw amodau gwaith_di-dâl
""")
# Providers a child goes to or sees as a service (a dentist or a doctor is part of any child's life)
SEEN_PROVIDER_WORDS_CY = """
    gweithiwr gweithwyr cwnselydd therapydd seicolegydd ymarferydd ymarferwyr mentor eiriolwr cynorthwyydd
    cynorthwy-ydd arbenigwr swyddog swyddfa clinig tîm gwasanaeth gwasanaethau grŵp grwp cwrs rhaglen sesiwn sesiynau
    therapi cwnsela panel cynghorydd cynghorwr ymwelydd_iechyd nyrs seiciatrydd bydwraig pediatregydd ffisiotherapydd
    cydlynydd gwarcheidwad cyfreithiwr
    uned canolfan_deulu canolfan_deuluoedd canolfan_blant canolfan_plant canolfan_cymorth
    lloches hostel dosbarth_anogaeth ystafell_anogaeth
    ystafell_les ystafell_lesiant ystafell_synhwyraidd canolfan_seibiant uned_seibiant hebryngwr hebryngwyr tacsi_ysgol
    barnardo barnardos nspcc llamau platfform home-start
    cymhorthydd cymorthyddion cynorthwywyr therapyddion cwnselwyr seicolegwyr mentoriaid eiriolwyr nyrsys ymwelwyr_iechyd
    goruchwyliwr gwarchodwr_plant person_allweddol gofalwr_cyswllt gofalwyr_cyswllt
    ymwelydd_annibynnol dechrau'n_deg
    tiwtor tiwtoriaid
    canolfan_iaith canolfan_drochi uned_drochi uned_iaith
    athro_y_byddar athrawes_y_byddar athro'r_byddar athrawon_y_byddar athro_plant_byddar athrawes_plant_byddar
    athro_nam_ar_y_clyw athrawes_nam_ar_y_clyw athro_nam_ar_y_golwg athrawes_nam_ar_y_golwg athro_nam_ar_y_synhwyrau
    athrawes_nam_ar_y_synhwyrau athro_nam_synhwyraidd athrawes_nam_synhwyraidd awdiolegydd
"""
_SEEN_PROVIDER = _alternatives(SEEN_PROVIDER_WORDS_CY)
# A group or a course named by a pastime is the child's own week ('mynd i'r grŵp chwarae yn y neuadd', 'y cwrs
# nofio'), as 'a football session' is in English; a therapy in it keeps it a service ('grŵp chwarae therapiwtig')
_GROUPS = "grŵp grwp cwrs sesiwn sesiynau"
_SEEN_NOT_GROUP = _alternatives(" ".join(word for word in SEEN_PROVIDER_WORDS_CY.split() if word not in _GROUPS.split()))
PASTIME_WORDS_CY = """
    chwarae pêl-droed nofio dawns dawnsio drama canu celf crefft ieuenctid chwaraeon gymnasteg coginio darllen
    rygbi hoci pêl-rwyd criced karate jiwdo sgowtiaid brownis côr cerddoriaeth coedwig natur
"""
_PASTIMES = _alternatives(PASTIME_WORDS_CY)
_SEEN_GROUP = rf"(?:{_alternatives(_GROUPS)})(?!\s+(?:{_PASTIMES})\b(?!\s+(?:therapiwtig|therapi)))"
# The impersonal of a service's verb, which says 'is assessed' or 'was referred' in one word with no 'cael ei'
# ('Asesir anghenion Mali', 'Cynigir lle i Cai', 'Atgyfeiriwyd Gwen'): each verb's present and past
# impersonal as a grammar gives them (the stem may change its vowel: darparu -> darperir), as they lead a
# clause, and the few that 'ni' mutates ('ni chynigir'); not every mutated form, as each form is one more
# string for coreplan.prefilter to look for in every sentence. Verbs a child does are left out: 'gwelir' or
# 'clywir' may be said of the child's own day.
_IMPERSONAL = "|".join("""
    asesir aseswyd ailasesir monitrir monitrwyd adolygir adolygwyd darperir darparwyd cynigir cynigiwyd
    atgyfeirir atgyfeiriwyd cyfeirir cyfeiriwyd trefnir trefnwyd cefnogir cefnogwyd cofnodir cofnodwyd lleolir
    lleolwyd cynhelir cynhaliwyd mesurir mesurwyd cofrestrir cofrestrwyd goruchwylir goruchwyliwyd ariennir
    ariannwyd comisiynir comisiynwyd dyrennir dyrannwyd neilltuir neilltuwyd sgrinir sgriniwyd brechir brechwyd
    cynorthwyir cynorthwywyd cludir cludwyd hebryngir hebryngwyd chynigir chynigiwyd chynhelir chefnogir
    chofnodir thrafodir
    rhoddir rhoddwyd ymwelir ymwelwyd gwirir gwiriwyd cysylltir cysylltwyd hysbysir hysbyswyd trosglwyddir
    trosglwyddwyd cyfwelir cyfwelwyd archwilir archwiliwyd profir profwyd gwahoddir gwahoddwyd anogir anogwyd
    cynghorir cynghorwyd paratoir paratowyd cyflwynir cyflwynwyd
    gofynnir gofynnwyd
    ddarperir ddarparwyd gynigir gynigiwyd drefnir drefnwyd gefnogir gefnogwyd
""".split())
_OWN = r"(?:ei|eu|fy|ein|eich|['’]i|['’]u)"
# A course at college or university is the young person's own education, not a programme of a service
# ('dechrau cwrs gofal plant yn y coleg'), as in English ('a course at college')
_NOT_AT_COLLEGE = r"(?!(?:\s+[\w'’-]+){0,5}?\s+(?:yn\s+y\s+|yng\s+|yn\s+|i['’]r\s+|ym\s+)?(?:coleg|ngholeg|brifysgol|prifysgol|mhrifysgol)\b)"
# A service's verb-noun that, leading an outcome, makes it the service's task ('Monitro pwysau Mali bob mis')
_LEADING_SERVICE_VERBS = _alternatives("""
    monitro adolygu asesu atgyfeirio cyfeirio darparu cynnig trefnu cefnogi helpu galluogi annog cofrestru
    goruchwylio cynnal hwyluso comisiynu ariannu sgrinio brechu imiwneiddio archwilio profi pwyso mesur
""")
# what may stand between a preposition and its noun: 'y', 'yr', ''r', 'ei', ''i', 'eu', ''u', 'fy'
_THE = r"(?:['’]r\s+|y\s+|yr\s+|ei\s+|eu\s+|fy\s+|['’]i\s+|['’]u\s+)"
# Helping the adults: a service's verb whose object is the family, not the child
_DECISIONS = _alternatives("""
    penderfyniadau penderfyniad cyfarfodydd cyfarfod cynllunio adolygiad adolygiadau trafodaethau cynhadledd
    trefniadau proses asesiad asesiadau asesu adolygu cynllun cynlluniau
""")
# A provider who says or sees what the child does is how the change is known, as in English ('The social worker will
# see that Nia is happier'): 'Bydd athrawes Nia yn dweud ei bod hi'n canolbwyntio', 'y gweithiwr yn gweld bod...'
REPORTS_THE_CHILD_CY = (r"(?!(?:\s+[\w'’-]+){0,3}?\s+yn\s+(?:gweld|sylwi|dweud|adrodd|nodi|clywed|cadarnhau|dangos|gwybod|"
                        # ...or tells the plan's people so: 'rhoi gwybod i'r gweithiwr cymdeithasol bod Nia yn hapusach'
                        r"rhoi\s+gwybod(?:\s+[\w'’-]+){0,4}?)"
                        r"\s+(?:bod|fod|ei\s+bod|eu\s+bod|nad|na|y\s+bydd|y\s+mae)\b)")
# The process's steps, records and decisions as the subject of an outcome (the English 'the process as subject')
_PROCESS_SUBJECTS = _alternatives("""
    adolygiad adolygiadau asesiad asesiadau cyfarfod cyfarfodydd cynhadledd ymweliad ymweliadau apwyntiad
    apwyntiadau atgyfeiriad atgyfeiriadau cofnod cofnodion adroddiad adroddiadau gorchymyn cytundeb
    penderfyniad grŵp_craidd grwp_craidd
    trosglwyddiad
""")
# What the plan's professionals do as 'we' ('Byddwn ni'n cefnogi'): a provider's work, not a family's day
_WE_ACT = _alternatives("""
    cefnogi helpu monitro trefnu ymweld annog sicrhau cynnig darparu gwirio adolygu asesu atgyfeirio cyfeirio
    goruchwylio cydlynu cadw_llygad cadw_golwg hwyluso galluogi cynorthwyo gweithio_gyda cysylltu ariannu comisiynu
""")
_ASSESSMENTS = _alternatives("asesiad asesiadau")
_HELP_VERBS = _alternatives("cefnogi helpu galluogi annog cynorthwyo grymuso")
# The rest of the family, whose help is the child's own day
_KIN = _alternatives("""
    brawd chwaer modryb ewythr cefnder cyfnither ffrind ffrindiau teulu_estynedig anti wncwl
""")
_CARERS = _alternatives("""
    teulu teuluoedd rhieni rhiant mam tad gofalwr gofalwyr gofalwr_maeth nain taid
""")
# ...after help that is had: from the family it is the child's own day ('cael help gan Nain gyda'i gwaith cartref')
_NOT_FROM_FAMILY = rf"(?!\s+(?:gan|gyda|efo|oddi\s+wrth)\s*{_THE}?(?:{_CARERS}|{_KIN})\b)"
# ...and after a service's verb in the passive, its agent a few words on: 'cael ei hebrwng i'r ysgol gan ei nain'
_NOT_BY_FAMILY = rf"(?!(?:\s+[\w'’-]+){{0,4}}?\s+gan\s+{_THE}?(?:{_CARERS}|{_KIN})\b)"
# ...and right after the family one who helps, one fixed-width look-behind per one-word form (a look-behind cannot vary
# in width), as 'cael ei dad i'w helpu' (cw11)
_NOT_AFTER_FAMILY = "".join(rf"(?<!\b{form}\s)" for form in f"{_CARERS}|{_KIN}".split("|") if form.isalpha())
# ...and a foster or short-break carer of the child's, as 'cael ei ofalwr maeth i'w helpu' (cw13)
_NOT_AFTER_FAMILY += r"(?<!\bmaeth\s)(?<!\bseibiant\s)"
# ...nor seen or heard doing something of the child's day: 'cael ei gweld yn chwerthin' (as 'seen laughing'),
# where 'cael ei gweld yn y clinig' or 'yn rheolaidd' is a provider's check
_NOT_SEEN_DOING = (r"(?:(?<!weld)(?<!lywed)|(?!\s+yn\s+(?:chwerthin|chwarae|gwenu|mwynhau|bwyta|cysgu|dawnsio|canu|"
                   r"darllen|siarad|setlo|ymlacio|cael\s+hwyl|gwneud\s+ffrindiau)\b))")
# The one-word forms of 'cael' (gets, will get, got), in every mutation: 'Caiff Nia becyn gofal', 'Cafodd Cai
# ei asesu', read as 'cael' is
_GETS = r"(?:c|g|ch)(?:aiff|ânt|afodd|awsant)|(?:c|g|ch)a\s+i"
# ...nor a break the sentence has already named as the child's own, as in English 'when he needs a break, and has that
# break': 'pan fydd angen seibiant arno, ac yn cael y seibiant hwnnw' (a break had with nothing pointing back is respite,
# 'cael seibiant un penwythnos y mis') (cw10)
_NOT_THAT_BREAK = r"(?:(?<!seibiant)(?<!egwyl)(?<!hoe)|(?!\s+(?:hwnnw|hwn|honno|hon|yna)\b))"
# ...nor kept from harm, which is the child's safety, as 'protected from' in English: 'cael ei ddiogelu rhag niwed'
# The child's wishes, voice or needs, put to the process in the passive with what they are about between (twcy)
_WISHES = _alternatives("dymuniadau teimladau barn llais anghenion")
# ...and what is done to them to hear them: found, heard, gathered (the service's verbs above besides)
_HEARD = _alternatives("canfod clywed casglu")
# A plan of the child's own for the moment she struggles: her safety or coping plan (twcy)
_OWN_PLANS = (r"(?:gynllun|chynllun|nghynllun)\s+(?:diogelwch|ddiogelwch|ymdopi|tawelu|hunan-ofal|hunanofal)"
              r"|(?:gynllun|chynllun|nghynllun)\s+(?:ei\s+hun|fy\s+hun)")
# The process's papers, a copy of which is had, as 'have a copy of her plan' in English (oe10's twin): 'cael copi o'i
# chynllun', 'Caiff Mali gopi o gofnodion y cyfarfod' (a copy of a drawing or a photo is not the process's)
_PROCESS_PAPERS = _alternatives("""
    cynllun cynlluniau cofnodion adroddiad adroddiadau asesiad asesiadau cytundeb cytundebau gorchymyn adolygiad
    proffil pasbort
""")
# A home the child's needs are met in, named by what the family gives it, is the family's day, as 'met in a loving
# home' in English (oe10's twin): 'yn cael eu diwallu mewn cartref cariadus'; a home of the care system stays found
# ('mewn cartref preswyl', 'mewn cartref maeth'), and so does 'gartref' alone, as 'at home' does in English
_NOT_IN_A_FAMILY_HOME = (r"(?!\s+mewn\s+cartref\s+(?!(?:preswyl|maeth|gofal|plant|i\s+blant|arbenigol|"
                         r"diogel\s+i|seibiant|grŵp|grwp|nyrsio|â\s+chymorth|a\s+chymorth)\b)[\w'’-]+)")
# The people of a service, made to act for the child ('cael y deietegydd i lunio...'): the providers, less the child's own
# school, teachers and doctor, and the bodies that are not people (twcy)
_MADE_TO_ACT = _alternatives(" ".join(word for word in PROVIDER_WORDS_CY.split() if word not in set("""
    ysgol meithrinfa athro athrawes athrawon pennaeth meddyg meddygon tîm timau staff cyngor awdurdod heddlu clinig
    grŵp_craidd grwp_craidd cynhadledd panel barnwr ynad elusen prosiect bwrdd_iechyd cronfa cronfeydd ysgol_rhithwir
    gofal_cymdeithasol landlord landlordiaid cymdeithas_dai cymdeithasau_tai meddygfa ward gwasanaeth gwasanaethau
    asiantaeth asiantaethau barnardo barnardos nspcc llamau platfform home-start camhs tiwtor tiwtoriaid
""".split())))
# (cw13) A letter or a message from a provider is what the child gets, not who acts or what is provided ('pan fydd llythyr
# gan y cyngor yn ei boeni', where 'cyngor' is the council, not advice)
_NOT_AFTER_A_LETTER = (r"(?<!llythyr\s)(?<!lythyr\s)(?<!llythyrau\s)(?<!lythyrau\s)(?<!neges\s)(?<!negeseuon\s)"
                       r"(?<!e-bost\s)")
_NOT_SHIELDED = r"(?!(?:(?<=iogelu)|(?<=mddiffyn))\s+rhag\b)"


# A parent's tests for drugs or alcohol, as the English reading of them: the test is the service's measure of the
# parent, not a change in the child's day ('Bydd profion gwallt Mam yn glir', 'Bydd Dad yn rhoi profion cyffuriau
# negyddol', 'Bydd Mam yn profi'n negyddol'). A child's own test ('prawf gwallt Emlyn') is left to the rest of the
# sentence, as the corpus reads it as what the child was kept from.
# (written out, not made by _alternatives: 'nad' and 'dad' are also 'not' and the nasal of 'tad' in other places)
_PARENTS = ("mam|fam|mham|tad|dad|nhad|thad|rhieni|rieni|rhiant|riant|llystad|lystad|llysfam|lysfam|partner|bartner|"
            "mhartner|phartner|gofalwr|ofalwr|gofalwyr|ofalwyr|nghofalwr|nghofalwyr")
_TESTS = _alternatives("prawf profion sampl samplau")
_SUBSTANCES = _alternatives("""
    cyffuriau cyffur alcohol gwallt wrin anadl poer gwaed canabis cocên heroin sylweddau
""")
_TEST_RESULTS = r"(?:negyddol|clir|glir|glân|lân|positif|bositif)"
_GIVE_A_TEST = _alternatives("rhoi cael pasio gwneud cwblhau darparu cyflwyno sefyll")
# A measure of the child that a service's tool gives, as the subject ('Bydd sgôr SDQ Osian yn gostwng', 'Bydd sgôr
# Cerys ar y raddfa les yn codi'): the service's measurement, not the child's day; a score the child gives ('gan roi
# sgôr o 8 allan o 10') or a test at school ('sgôr Ella yn ei phrawf sillafu') is not one
_SCORE_TOOLS = _alternatives("""
    graddfa sdq boxall seren proffil holiadur risg lles asesiad mesur canlyniadau
""")
# Aids a school or a service puts in place, as the English 'a visual timetable', 'specialist equipment': as what there
# will be ('Bydd cyfarwyddiadau gweledol ar ddesg Ela', 'Bydd offer arbennig yn ei hystafell'), and, with the devices
# a child works on, what she is let use ('cael defnyddio ap ar y llechen'); using her own laptop for homework is her day
_AIDS = _alternatives("""
    cyfarwyddiadau cyfarwyddyd amserlen_weledol amserlen_luniau amserlen_lluniau cymhorthion cymorth_gweledol
    adnoddau offer cyfarpar addasiadau cardiau_lluniau cardiau_gweledol
""")
_DEVICES = _alternatives("ap apiau llechen llechi gliniadur cyfrifiadur ipad")
# A communication or visual aid handed to the child, as 'will get a communication device', 'will have a visual
# timetable' in English: 'cael dyfais gyfathrebu newydd', 'Caiff Catrin ddyfais gyfathrebu', 'cael pasbort cyfathrebu',
# 'cael amserlen weledol' (her own device or timetable as the means is her day: 'gofyn am ddiod gyda'i dyfais
# gyfathrebu', 'dilyn ei amserlen weledol') (cw10)
_COMMUNICATION_AIDS = _alternatives("""
    dyfais_gyfathrebu dyfais_cyfathrebu dyfeisiau_cyfathrebu cymhorthion_cyfathrebu pasbort_cyfathrebu
    amserlen_weledol amserlen_luniau amserlen_lluniau cardiau_lluniau cardiau_gweledol cymorth_gweledol
""")
# A health check kept at a frequency, as 'will attend dental check-ups every six months': 'mynd at y deintydd bob chwe
# mis', 'gweld y meddyg teulu yn rheolaidd', 'mynd at y deintydd am archwiliad' (going to the dentist when her tooth
# hurts, 'pan fydd ei dant yn brifo', is her own care; with what it gives her after, 'fel bod ei dannedd yn iach', it is
# her day, as a test of the eyes above; and a dentist or a doctor elsewhere is part of any child's life) (cw10)
_CHECKERS = _alternatives("deintydd meddyg meddyg_teulu optegydd orthodeintydd")
_CHECK_TIMES = (r"(?:bob\s+(?:[\w'’-]+\s+)?(?:mis|fis|misoedd|blwyddyn|flwyddyn|wythnos|tymor|dymor)|yn\s+rheolaidd|"
                r"(?:dwywaith|ddwywaith|unwaith)\s+(?:y|bob)\s+(?:flwyddyn|blwyddyn|tymor)|"
                r"(?:am|ar\s+gyfer|i\s+gael)\s+(?:ei\s+|eu\s+|['’]i\s+|y\s+)?(?:archwiliad|archwiliadau|harchwiliad|harchwiliadau|"
                r"gwiriad|gwiriadau|wiriad|wiriadau|apwyntiad|apwyntiadau|hapwyntiad|hapwyntiadau))\b")
# A parent meeting the school's staff, as a parent meets a worker: the process's meeting, though the child's teacher is
# her own school day when she is the one with him
_SCHOOL_STAFF = _alternatives("pennaeth athro athrawes athrawon staff cydlynydd")
# (cw12) Controls the adults put on a child's phone or computer, as 'parental controls', 'a filter'
_CONTROLS = _alternatives("""
    rheolaeth_rhieni rheolaethau_rhieni rheolaeth_rhiant rheolaethau_rhiant hidlydd hidlyddion meddalwedd_hidlo
    meddalwedd_monitro ap_monitro gosodiadau_diogelwch gosodiadau_diogel
""")

SERVICE_CY = patterns.compile(
    r"\b(?:"
    # the passive of a service's verb: 'yn cael ei fonitro', 'wedi'u hatgyfeirio', 'wedi cael eu hasesu'
    # (done by the family it is the child's day: 'cael ei hebrwng i'r ysgol gan ei nain', as 'supported by Nain')
    # (done again, with 'ail-' before the verb's soft form: 'cael ei ailgyfeirio', 'cael ei hail-asesu', as 're-referred')
    # (a place at college or university is the young person's own: 'cael ei derbyn i'r coleg i astudio celf')
    # (cw13) (what the child is kept from is not the outcome: 'yn lle cael ei anfon adref', instead of being sent home)
    rf"(?<!\byn\slle\s)(?:[cg]ael|wedi)\s*{_OWN}\s+(?:h?ail-?)?(?:{_SERVICE_VERBS})\b(?!\s*['’]r\s+(?:coleg|brifysgol|prifysgol)\b){_NOT_SEEN_DOING}{_NOT_BY_FAMILY}{_NOT_IN_A_FAMILY_HOME}{_NOT_SHIELDED}"
    # ...after the one-word forms of 'cael', the one it is done to between: 'Caiff Nia ei hasesu bob blwyddyn'
    rf"|\b(?:{_GETS})\s+(?:[\w'’-]+\s+){{0,3}}?{_OWN}\s+(?:h?ail-?)?(?:{_SERVICE_VERBS})\b{_NOT_SEEN_DOING}{_NOT_BY_FAMILY}{_NOT_IN_A_FAMILY_HOME}{_NOT_SHIELDED}"
    # where the child lives decided by the process, by whoever: 'cael ei fabwysiadu', 'cael ei maethu gan deulu'
    rf"|(?:[cg]ael|wedi)\s*{_OWN}\s+(?:mabwysiadu|fabwysiadu|maethu|faethu)\b"
    # the same as something still to be done to the child: 'emosiynau Mali i'w mesur bob wythnos'
    # (coming to see him is a visit of his family's: 'Bydd ei dad yn dod i'w weld bob dydd Sul' (cw3))
    # (the child's own father or Nain as the one who helps is the family's day: 'cael ei dad i'w helpu gyda'i waith
    # cartref', where 'cael gweithiwr cymorth i'w helpu' stays found) (cw11)
    rf"|(?<!dod\s)(?<!ddod\s){_NOT_AFTER_FAMILY}i['’]w\s+(?:{_SERVICE_VERBS})"
    # the child's wishes, progress or needs, or a record of them, done to by someone
    # (heard by her own family it is the family's day: 'barn Nia yn cael ei chlywed gan ei theulu') (cw11)
    rf"|(?:{_PROCESS_NOUNS})\b(?:\s+[\w'’]+){{0,6}}?\s+yn\s+cael\s+{_OWN}\s+\w+{_NOT_BY_FAMILY}{_NOT_IN_A_FAMILY_HOME}"
    # a copy of the process's papers had (oe10's twin): 'cael copi o'i chynllun'
    rf"|(?:(?:[cg]ael|chael)\s+|(?:{_GETS})\s+(?:[\w'’-]+\s+)?)(?:copi|gopi|chopi|copïau|gopïau|chopïau)\s+o\s*"
    rf"(?:['’]i\s+|['’]u\s+|['’]r\s+|ei\s+|eu\s+|y\s+|yr\s+)?(?:{_PROCESS_PAPERS})\b"
    # ...the same after the one-word forms of 'cael', or as what will have been done, the child's wishes, voice or needs
    # with what they are about between, as 'his wishes about going home will be ascertained', 'her needs will be met by
    # her foster carers' in English: 'Caiff barn Nia am yr ysgol newydd ei chlywed', 'Caiff anghenion Mali eu diwallu gan
    # ei gofalwyr maeth', 'Bydd dymuniadau Jac wedi'u canfod cyn y gynhadledd' (twcy)
    rf"|\b(?:{_GETS})\s+(?:holl\s+)?(?:{_WISHES})\b(?:\s+[\w'’-]+){{0,6}}?\s+{_OWN}\s+(?:{_SERVICE_VERBS}|{_HEARD})\b"
    rf"|\b(?:{_WISHES})\b(?:\s+[\w'’-]+){{0,6}}?\s+wedi\s*{_OWN}\s+(?:{_SERVICE_VERBS}|{_HEARD})\b"
    # ...and the child let have them met, as 'will have her emotional needs met': 'cael diwallu ei hanghenion emosiynol'
    r"|(?:[cg]ael|chael)\s+(?:diwallu|ddiwallu)\s+(?:ei\s+|eu\s+|fy\s+|['’]i\s+|['’]u\s+)?(?:holl\s+)?(?:h?anghenion|nghanghenion|anghenion)\b"
    # a provider made to act for the child, as 'have the dietitian draw up a meal plan' in English: 'cael y deietegydd i
    # lunio cynllun bwyd iddo' (Nain or a friend made to come, and the child's teacher or doctor, are the child's day) (twcy)
    rf"|(?:[cg]ael|chael|{_GETS})\s+(?:[\w'’-]+\s+)?(?:y\s+|yr\s+|['’]r\s+|ei\s+|eu\s+)?(?:{_MADE_TO_ACT})\b(?:\s+[\w'’-]+)?\s+i\s+\w+"
    # a managed move, as in English, wherever it is named: 'cael symud wedi'i reoli', 'drwy symudiad wedi'i reoli' (twcy)
    r"|\bsymud(?:iad)?\s+wedi\s*['’]i\s+(?:reoli|rheoli)\b"
    # the impersonal of a service's verb: 'Asesir anghenion Mali', 'Cynigir sesiynau i Cai'
    rf"|(?:{_IMPERSONAL})"
    # provision as what is available: 'Bydd cymorth ar gael i Lowri', 'Mae rhaglen ... ar gael' (the help,
    # not the child, is what the sentence is about)
    rf"|(?:{_PROVISION}|{_PROGRAMMES})\b(?:\s+[\w'’-]+){{0,6}}?\s+ar\s+gael\b"
    # reaching help or keeping to a programme: 'cael gafael ar gymorth', 'cyrchu gwasanaethau', 'parhau â'r cwrs'
    rf"|(?:cael|gael|cyrchu|gyrchu)\s+(?:gafael\s+ar\s+)?{_THE}?(?:\w+\s+)?(?:{_PROVISION}|{_PROGRAMMES})\b{_NOT_FROM_FAMILY}{_NOT_THAT_BREAK}"
    rf"|(?:parhau|barhau)\s+(?:â|ag|gyda|efo)\s*{_THE}?(?:\w+\s+)?(?:{_PROGRAMMES}|{_SEEN_NOT_GROUP})\b"
    # starting, finishing, waiting for or applying for help: 'dechrau'r rhaglen', 'aros am asesiad'
    rf"|(?:dechrau|ddechrau|gorffen|orffen|aros\s+am|disgwyl\s+am|gwneud\s+cais\s+am|wneud\s+cais\s+am)"
    r"(?:\s+(?:gyda|efo))?\s*"
    # (his own course, with nothing after that names it, is his college course wherever the college is named: 'mynd
    # i'r coleg bob dydd ac yn gorffen ei gwrs' (cw3))
    r"(?!(?:ei|eu|fy|['’]i)\s+(?:cwrs|gwrs|chwrs|nghwrs)\s*(?:[.,;!?]|$))"
    rf"{_THE}?(?:\w+\s+)?(?:{_PROGRAMMES}|{_PROVISION})\b{_NOT_AT_COLLEGE}"
    # present at the process: 'yn bresennol ym mhob apwyntiad', 'bod yn bresennol yn y sesiynau'
    rf"|(?:presennol|bresennol)\s+(?:yn|mewn|ym|yng|ar)\s+(?:\w+\s+){{0,2}}?(?:{_PROCESS_ACTIVITIES}|apwyntiad\w*|"
    rf"h?apwyntiad\w*|adolygiad\w*)\b"
    # provision handed to the child: 'cael cynnig grant', 'derbyn cymorth', 'bydd gan Gerys fynediad'
    # (up to two words between: 'cael ei holl imiwneiddiadau'); help from the family is the child's own day
    # ('cael help gan Nain gyda'i gwaith cartref')
    rf"|(?:[cg]ael|derbyn|dderbyn|{_GETS})\s+(?:\w+\s+){{0,2}}(?:{_PROVISION})\b{_NOT_FROM_FAMILY}{_NOT_THAT_BREAK}"
    rf"|(?:[cg]ael|chael|derbyn|dderbyn|{_GETS})\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_COMMUNICATION_AIDS})\b{_NOT_FROM_FAMILY}"
    rf"|(?:[cg]ael|chael|{_GETS})\s+(?:\w+\s+){{0,2}}(?:{_BODY_TESTS})\b(?![^.]*\b(?:fel|er\s+mwyn)\b)"
    rf"|(?:[cg]ael|chael)\s+(?:(?:mesur|fesur|gwirio|wirio|monitro|fonitro)\s+(?:ei|eu|fy)\s+(?:{_BODY_MEASURES})|"
    rf"(?:cymryd|gymryd)\s+(?:ei|eu|fy)\s+(?:{_BODY_TAKEN}))\b(?![^.]*\b(?:fel|er\s+mwyn)\b)"
    # a language taught to a newcomer as the school's provision (cw8): 'cael gwersi Cymraeg fel iaith ychwanegol',
    # 'derbyn cymorth Saesneg fel iaith ychwanegol' (speaking Welsh with her friends is her day)
    rf"|(?:[cg]ael|chael|derbyn|dderbyn|{_GETS})\s+(?:[\w'’-]+\s+){{0,3}}?(?:fel|yn)\s+iaith\s+ychwanegol\b"
    # a provider had, as 'have a counsellor' in English: 'cael cwnselydd', 'Caiff Cai weithiwr cymorth' (a
    # pastime's group is the child's week: 'cael sesiwn nofio')
    rf"|(?:[cg]ael|chael|{_GETS})\s+(?:[\w'’-]+\s+)?(?:un\s+|y\s+|yr\s+|['’]r\s+|ei\s+|eu\s+)?"
    rf"(?:{_SEEN_NOT_GROUP})\b{_NOT_FROM_FAMILY}"
    # a step of the process as what there will be: 'Bydd adolygiad o gynllun Cai', 'Bydd cyfarfod i drafod...'
    r"|\bbydd\s+(?:adolygiad|asesiad|cyfarfod|cynhadledd|gynhadledd|ymweliad|apwyntiad)\b"
    # ...with an article or after 'yna', or a record or a decision of the process, as the subject or what there
    # will be: 'Bydd yr asesiad wedi'i gwblhau', 'Bydd yna gofnod wythnosol', 'Bydd yr atgyfeiriad wedi'i wneud'
    # (any or every one of them: 'Bydd unrhyw asesiadau sydd eu hangen wedi'u nodi', 'Bydd pob adolygiad...')
    rf"|\b(?:bydd|fydd|mae|caiff|gaiff)\s+(?:yna\s+|na\s+)?(?:y\s+|yr\s+|['’]r\s+|unrhyw\s+|pob\s+|yr\s+holl\s+)?(?:{_PROCESS_SUBJECTS})\b"
    # ...or a provider ('bydd gan Fabli ymwelydd iechyd', 'gan Gai weithiwr allweddol')
    rf"|{_NOT_AFTER_A_LETTER}gan\s+\w+\s+(?:{_PROVISION}|{_SEEN_PROVIDER})\b"
    # ...in the forms of 'gan' that say who has it: 'Bydd gen i weithiwr i siarad ag ef', 'Bydd ganddi gwnselydd'
    rf"|\b(?:gen\s+i|gennyf|gennym|gennych|ganddo|ganddi|ganddyn|ganddynt)\s+(?:[\w'’-]+\s+)?(?:{_PROVISION}|{_SEEN_PROVIDER})\b"
    # living in the care system's places, as in English ('live in foster care'): 'byw mewn gofal maeth', 'symud
    # i lety â chymorth' ('byw gyda Nain' is the child's home)
    r"|(?:byw|fyw|aros|symud|lleoli|leoli)\s+(?:mewn|yn|ym|i|gyda)(?:\s+|(?=['’]r\s))(?:y\s+|yr\s+|['’]r\s+)?(?:gofal\s+maeth|ofal\s+maeth|"
    r"gofal\s+preswyl|ofal\s+preswyl|gofalwyr\s+maeth|ofalwyr\s+maeth|gofalwyr\s+cymorth|ofalwyr\s+cymorth|llety\s+â\s+chymorth|lety\s+â\s+chymorth|"
    r"lloches|loches|hostel|uned|cartref\s+plant|gartref\s+plant|nghartref\s+plant|llety|lety|"
    # a school a service runs instead of school, as 'stay at the pupil referral unit' ('aros yn y ddarpariaeth cyfeirio
    # disgyblion', 'symud i ddarpariaeth arbenigol')
    r"darpariaeth|ddarpariaeth|narpariaeth|"
    # a respite centre, as 'stay overnight at the respite centre'
    r"canolfan\s+seibiant|ganolfan\s+seibiant|nghanolfan\s+seibiant)\b"
    # (cw12) moved by the process from one place to a place the care system or the council gives, as 'moved from the
    # bed and breakfast to supported accommodation': 'cael ei symud o'r llety gwely a brecwast i lety â chymorth'
    # (moving from the hostel to his own flat, or to live with his uncle, is his own step)
    r"|symud\s+o\s*(?:y\s+|yr\s+|['’]r\s+)?(?:[\w'’-]+\s+){0,5}?i(?:\s+|(?=['’]r\s))(?:y\s+|yr\s+|['’]r\s+)?"
    r"(?:llety|lety|hostel|lloches|loches|uned|gofal\s+maeth|ofal\s+maeth|gofal\s+preswyl|ofal\s+preswyl|"
    r"cartref\s+plant|gartref\s+plant|gwely\s+a\s+brecwast|wely\s+a\s+brecwast)\b"
    r"|(?:byw|fyw|aros)\s+(?:mewn|yn|ym)\s+(?:y\s+|yr\s+|['’]r\s+)?(?:llety\s+)?(?:gwely|wely)\s+a\s+brecwast\b"
    # (cw12) a control, a filter or a monitoring app put on the child's phone or computer by the adults, as 'parental
    # controls will be set up on his phone': 'Bydd rheolaeth rhieni yn cael ei gosod ar ffôn Cai', 'Bydd hidlydd ar
    # gyfrifiadur Nia' (setting her own phone to go quiet at nine is her day)
    rf"|\b(?:{_CONTROLS})\b(?:\s+[\w'’-]+){{0,3}}?\s+(?:yn\s+cael|['’]n\s+cael|wedi)\s*{_OWN}\s+"
    r"(?:gosod|osod|hosod|rhoi|roi|troi|droi|sefydlu|ychwanegu)\b"
    rf"|\b(?:bydd|fydd|mae)\s+(?:yna\s+)?(?:y\s+|yr\s+)?(?:{_CONTROLS})\s+(?:ar|ym|yn|mewn)\b"
    # (cw12) medication had, as a prescription the service gives ('cael meddyginiaeth ADHD'); his own tablet taken
    # with his breakfast, or given by Mam, is his day
    rf"|(?:[cg]ael|chael|derbyn|dderbyn)\s+(?:meddyginiaeth|feddyginiaeth|meddyginiaethau|feddyginiaethau|presgripsiwn|"
    rf"bresgripsiwn)\b{_NOT_FROM_FAMILY}"
    # (cw13, oe11's twins) a paid carer made to come or call, in an adult's plan that names a child, as 'have a carer
    # visit each morning', 'have carers come in': 'cael gofalwr i alw bob bore', 'gofalwyr yn dod i mewn' (her own carer,
    # 'cael ei gofalwr i'w helpu', a foster carer or the family, stays the family's day)
    rf"|(?:[cg]ael|chael|{_GETS})\s+(?:un\s+|dau\s+|ddau\s+)?(?:gofalwr|ofalwr|gofalwyr|ofalwyr|gweithiwr\s+gofal|"
    r"gweithwyr\s+gofal)\s+(?:cyflogedig\s+)?i\s+(?:alw|ddod|ymweld|fynd)\b"
    r"|(?<!ei\s)(?<!eu\s)(?<!['’]i\s)(?<!['’]u\s)(?<!fy\s)\b(?:gofalwyr|gofalwr)\s+(?:cyflogedig\s+)?(?:yn|['’]n)\s+"
    r"(?:dod\s+i\s+mewn|galw\s+(?:bob|ddwywaith|deirgwaith|unwaith))\b"
    # ...the child's things kept for her at school, as 'have a change of clothes kept in the school office', 'his inhaler
    # stored in the classroom' ('cadw ei ddillad sbâr yn ei locer', and a kit kept in her bedroom, stay her own)
    r"|(?:yn\s+cael|['’]n\s+cael|wedi)\s*(?:ei|eu|['’]i|['’]u)\s+(?:cadw|gadw|chadw|storio)\s+(?:yn|ym|yng|mewn)\s+"
    r"(?:y\s+|yr\s+|['’]r\s+)?(?:swyddfa|dosbarth|ddosbarth|ystafell(?!\s+(?:wely|ymolchi)\b)|derbynfa|nerbynfa|"
    r"meithrinfa|feithrinfa|ysgol)\b"
    # ...contact kept through the agency, as 'letterbox contact', 'indirect contact' ('supervised contact' is read below)
    r"|\b(?:c|g|ch|ngh)(?:yswllt|ysylltiad)\s+(?:blwch\s+llythyrau|anuniongyrchol)\b"
    # (cw13) an early-years setting attended at a frequency, as an attendance kept ('mynychu'r Cylch Meithrin yn
    # rheolaidd', 'mynychu'r feithrinfa dri bore yr wythnos'); going there and what she does there stay her day
    r"|(?:mynychu|fynychu)\s*(?:['’]r\s+|y\s+|yr\s+)?(?:cylch\s+meithrin|gylch\s+meithrin|meithrinfa|feithrinfa|"
    r"cylch\s+ti\s+a\s+fi|gylch\s+ti\s+a\s+fi|gofal\s+plant|ofal\s+plant|grŵp\s+chwarae|grwp\s+chwarae|"
    r"lleoliad\s+gofal\s+plant|leoliad\s+gofal\s+plant|ysgol\s+feithrin|dosbarth\s+meithrin)\b(?:\s+[\w'’-]+){0,3}?\s+"
    rf"(?:{_CHECK_TIMES}|(?:dri|dau|ddau|bedwar|pedwar|pum|un)\s+(?:bore|phrynhawn|prynhawn|diwrnod|niwrnod|sesiwn|"
    r"gwaith)\s+(?:yr|bob)\s+wythnos\b)(?![^.]*\b(?:fel|er\s+mwyn)\b)"
    # (cw12) the short-break house or a respite centre kept to at a frequency, or a stay had there, as 'go to the short
    # break house one night a week' (sleeping there and enjoying it is her day, as the English corpus reads it)
    r"|(?:mynd|fynd|aros|arhosiad|arosiadau|harhosiad)\s+(?:dros\s+nos\s+)?(?:i['’]r|yn\s+y|yn\s+yr|mewn)\s+"
    r"(?:tŷ|dŷ|canolfan|ganolfan|uned)\s+seibiant(?:\s+byr)?\s+(?:bob|un|dwy|tair|unwaith|ddwywaith|am)\b"
    # time spent in a school's or a service's room ('treulio amser yn yr ystafell les bob bore'), as 'spend time in
    # the nurture room'; the school taxi a child rides in ('yn y tacsi ysgol', 'mewn tacsi gyda hebryngwr')
    r"|treulio\s+(?:[\w'’-]+\s+){0,2}?amser\s+(?:yn|ym|yng)\s*(?:y\s+|yr\s+|['’]r\s+)?(?:ystafell|hystafell)\s+"
    r"(?:les|lesiant|anogaeth|synhwyraidd|dawel)\b"
    # ('cludiant ysgol', 'cludiant i'r ysgol', and the council's: 'gan gludiant y cyngor', as 'by council transport')
    r"|(?:yn\s+y|mewn)\s+tacsi(?:\s+ysgol)?\b|\b(?:c|g|ch|ngh)ludiant\s+(?:i['’]r\s+ysgol|ysgol|y\s+cyngor|"
    r"yr\s+awdurdod\s+lleol)\b"
    # ...and a taxi had, as 'will get a taxi to school' (cw3)
    rf"|(?:[cg]ael|chael|{_GETS})\s+(?:y\s+|ei\s+)?(?:tacsi|dacsi|thacsi)\b"
    # (session 32, from the English dev rows of December written in Welsh) admitted to a unit or a hospital with someone
    # named between ('cael ei derbyn gyda'i mam i uned mam a baban'), as 'admitted with her mother to a unit'
    rf"|(?:[cg]ael|wedi)\s*{_OWN}\s+(?:derbyn|dderbyn)\s+(?:[\w'’-]+\s+){{1,3}}?i\s*(?:y\s+|yr\s+|['’]r\s+)?"
    r"(?:uned|ysbyty|lloches|loches|hostel|llety|lety)\b"
    # ...staying under a team or a service ('aros dan y tîm amenedigol', 'o dan ofal y gwasanaeth'), as 'stay under the
    # perinatal team'; under Nain's care is the family's
    r"|(?:aros|bod|parhau)\s+(?:o\s+)?dan\s+(?:ofal\s+)?(?:y|yr)\s+(?:tîm|dîm|timau|dimau|gwasanaeth|wasanaeth|"
    r"gwasanaethau|wasanaethau)\b"
    # ...on an intervention or a programme ('Bydd Leah ar ymyrraeth ysgol', 'ar raglen rianta'), as 'on a school
    # intervention' (not a programme on television)
    r"|\b(?:bydd|fydd|mae|roedd)\s+[\w'’-]+\s+ar\s+(?:ymyrraeth|ymyriad|raglen|rhaglen)\b(?!\s+(?:deledu|radio)\b)"
    # ...help given by checking or watching ('fy helpu drwy edrych ar fy nghynllunydd'), as 'help me by checking my
    # planner': the help is the watching (the child helping the family is left to outcomes._child_helps_cy)
    r"|(?:helpu|cefnogi|gefnogi)\s+(?:[\w'’-]+\s+){0,2}?(?:drwy|trwy)\s+(?:wirio|gwirio|edrych\s+ar|fonitro|monitro|"
    r"gadw\s+llygad|cadw\s+llygad)\b"
    # the child's part in the process: telling or showing the process's meetings ('dweud wrth y grŵp craidd',
    # 'esbonio i'r panel'), where telling Nain is the child's day
    r"|(?:dweud|ddweud|esbonio|egluro|siarad)\s+(?:wrth|i|â|gyda|efo)\s*(?:y\s+|yr\s+|['’]r\s+)?(?:grŵp\s+craidd|"
    r"grwp\s+craidd|gynhadledd|cynhadledd|panel|barnwr|farnwr|llys|cadeirydd|gadeirydd|cyfarfod|gyfarfod)\b"
    # a place allocated in a service: 'cael lle mewn gofal plant', 'cael lle yn y lloches' ('lle i chwarae',
    # room to play, is the child's day)
    # (a place won in a team, a choir, a show or on a trip is the child's own: 'cael lle yn nhîm pêl-droed yr ysgol')
    r"|(?:[cg]ael|chael|cynnig|gynnig)\s+lle\s+(?:meithrin|gofal\s+plant)\b"
    r"|(?:[cg]ael|chael|cynnig|gynnig)\s+lle\s+(?:mewn|yn|ym|yng|ar|gyda)\b"
    r"(?!\s+(?:y\s+|yr\s+|['’]r\s+|ei\s+|eu\s+)?(?:tîm|dîm|nhîm|thîm|timau|côr|gôr|nghôr|chôr|corau|cast|band|fand|"
    r"sioe|gêm|ngêm|rownd|ras|taith|daith|nhaith|thaith|gwersyll|wersyll|ngwersyll|cyngerdd|gyngerdd|nghyngerdd)\b)"
    # ...and a place there will be for the child in one, as 'a place for Mali at the nursery': 'Bydd lle i Nedw yn y
    # feithrinfa' (room to play in the garden is the child's day: 'Bydd lle i Nedw chwarae yn yr ardd')
    r"|\b(?:bydd|fydd|mae)\s+lle\s+i\s+[\w'’-]+\s+(?:mewn|yn|ym|yng)\s+(?:y\s+|yr\s+)?(?:meithrinfa|feithrinfa|"
    r"cylch\s+meithrin|gylch\s+meithrin|uned|ysgol|lloches|darpariaeth|narpariaeth|canolfan|ganolfan)\b"
    # ...after the one-word forms of 'cael', the child between and 'lle' softened: 'Caiff Ela le mewn uned' (cw3)
    # (the forms spelled out, so that coreplan.prefilter finds a word to look for: see tests/test_prefilter.py)
    r"|\b(?:c|g|ch)(?:aiff|ânt|afodd|awsant)\s+[\w'’-]+\s+(?:lle|le)\s+(?:mewn|yn|ym|yng|ar|gyda)\b"
    # a provider as the agent, or as the subject of a service's verb
    # (a teacher as the agent of what is not a service's act is the child's school day: 'cael ei ganmol gan ei athro';
    # 'cael ei helpu gan ei athro' is read from the passive above)
    # (cw13) (a letter or a message from a provider is what the child gets, not who acts: 'pan fydd llythyr gan y cyngor
    # yn ei boeni')
    rf"|{_NOT_AFTER_A_LETTER}gan\s+(?:(?:y|yr|ei|eu|ein|eich|fy|dy)\s+)?(?!(?:athro|athrawes|athrawon|hathrawes|hathro|pennaeth|mhennaeth|phennaeth)\b)"
    rf"(?:{_PROVIDER})"
    # (not across 'ac' or 'neu', which join the verb to the one before: 'ar nosweithiau ysgol ac yn ffonio ei mam')
    # (cw13) (calling the child's name is not a call of the service's: 'pan fydd ei hathrawes yn galw ei henw')
    rf"|(?:{_PROVIDER}){REPORTS_THE_CHILD_CY}\s+(?:(?!(?:ac|neu)\s)[\w'’-]+\s+){{0,2}}yn\s+(?:{_PROVIDER_VERBS})"
    r"(?!(?<=alw)\s+(?:ei\s+|eu\s+|fy\s+|['’]i\s+)?(?:h?enw|h?enwau|enwau)\b)"
    # a provider as the subject, whatever it then does: 'Bydd yr ymwelydd iechyd yn pwyso Mali', 'Y gweithiwr
    # cymdeithasol i ymweld' (the child, a parent or Nain as the subject is the family's day)
    # ...whoever's the provider is ('Bydd fy ngweithiwr cymorth yn mynd â fi', 'aelodau'r gynhadledd'; the child's own
    # teacher, school, doctor, team or a council's advice after 'ei' are left to the rest of the sentence)
    rf"|(?:\b(?:bydd|fydd|mae|byddan|byddant|dylai|dylai['’]r|rhaid\s+i['’]r?)\s+|^\W*)(?:y\s+|yr\s+|['’]r\s+|pob\s+|"
    r"aelodau['’]r\s+|yr\s+holl\s+|pob\s+un\s+o['’]r\s+|yr\s+un\s+|aelod\s+(?:penodol\s+|dynodedig\s+|enwebedig\s+)?o(?:['’]r)?\s+|(?:fy|ei|eu|ein)\s+(?!(?:n?h?athr\w*|[mp]?h?ennaeth|h?ysgol|n?[mf]?eddyg\w*|n?[cgh]*y[n]?gor|"
    r"chyngor|n?[tdh]*[iî]m|staff)\b))?"
    rf"(?:{_PROVIDER})\b(?!\s+(?:ei|eu)\s+hun){REPORTS_THE_CHILD_CY}"
    # placed with carers, as 'placed with foster carers': 'cael ei gosod gyda gofalwyr maeth'
    r"|(?:wedi|cael)\s*(?:ei|eu|['’]i|['’]u)\s+(?:gosod|osod|hosod)\s+(?:gyda|efo|mewn)\s+(?:\w+\s+)?(?:gofalwyr|ofalwyr|"
    r"gofalwr|ofalwr|teulu\s+maeth|deulu\s+maeth|lleoliad|leoliad|cartref\s+plant|gartref\s+plant)\b"
    # making use of a service, as 'make use of': 'gwneud defnydd o'r gwasanaeth eiriolaeth'
    # help as what there will be, as 'There will be extra support' ('Bydd cymorth ychwanegol i Nia yn y dosbarth';
    # help from Nain is the child's own)
    rf"|\bbydd\s+(?:yna\s+)?(?:cymorth|gymorth|cefnogaeth|gefnogaeth)\b(?!(?:\s+[\w'’-]+){{0,3}}?\s+(?:gan|gyda|efo)\s*"
    rf"{_THE}?(?:{_CARERS}|{_KIN})\b)"
    # aids as what there will be, and being let use them
    rf"|\bbydd\s+(?:yna\s+)?(?:y\s+|yr\s+)?(?:{_AIDS})\b"
    rf"|(?:[cg]ael|chael)\s+(?:defnyddio|ddefnyddio)\s*{_THE}?(?:[\w'’-]+\s+)?(?:{_AIDS}|{_DEVICES})\b"
    rf"|(?:mynd|fynd|gweld|weld|ymweld\s+â)\s+(?:at\s+|â\s+|ag\s+)?{_THE}?(?:{_CHECKERS})\s+{_CHECK_TIMES}"
    r"(?![^.]*\b(?:fel|er\s+mwyn)\b)"
    # a parent meeting the school's staff: 'Bydd tad Mali yn cyfarfod â'r pennaeth i drafod presenoldeb'
    rf"|\b(?:{_PARENTS})\s+(?:[\w'’-]+\s+){{0,2}}?(?:yn|['’]n)\s+(?:cyfarfod|gyfarfod|cwrdd|gwrdd)\s+(?:â|ag|gyda|efo)\s*"
    rf"{_THE}?(?:{_SCHOOL_STAFF})\b"
    # completing an assessment, or keeping to the plan and its targets, as 'complete a parenting assessment',
    # 'cooperate with the plan', 'meet the targets in her IDP' (a target of her own, 'ei tharged o ddarllen deg llyfr',
    # is her day)
    rf"|(?:c|g|ch)wblhau\s*{_THE}?(?:holl\s+)?(?:{_ASSESSMENTS})\b"
    rf"|(?:c|g|ch)ydweithio\s+(?:â|ag|gyda|efo)\s*{_THE}?(?:{_DECISIONS}|cytundeb|gytundeb)\b"
    rf"|(?:cyflawni|gyflawni|chyflawni|cyrraedd|gyrraedd|chyrraedd)\s*{_THE}?(?:\w+\s+)?(?:targedau|thargedau|nhargedau)\b(?!\s+o\b)"
    rf"|(?:gwneud|wneud)\s+(?:defnydd|ddefnydd)\s+(?:llawn\s+)?o\s*{_THE}?(?:\w+\s+)?(?:{_PROGRAMMES}|{_SEEN_NOT_GROUP})\b"
    # a plan or arrangement put in place: 'bydd cynllun diogelwch ar waith'
    # (its full name between: 'cynllun gofal a chymorth Ela ar waith' (cw3))
    r"|\b(?:cynllun|gynllun|nghynllun|chynllun|trefniadau|threfniadau|cytundeb|gytundeb)\s+(?:[\w'’-]+\s+){0,5}?ar\s+waith"
    # ...or coming to an end, as 'the child protection plan will end' (cw3)
    r"|\b(?:cynllun|gynllun|nghynllun|chynllun|gorchymyn|orchymyn|ngorchymyn|cofrestriad|gofrestriad)\s+(?:[\w'’-]+\s+){0,6}?"
    r"(?:yn\s+|['’]n\s+)?dod\s+i\s+ben\b"
    # ...or a service's advice put into practice, as 'follow the advice': 'rhoi cyngor yr ymwelydd iechyd ar waith'
    r"|\b(?:rhoi|roi)\s*(?:['’]r\s+|y\s+)?(?:cyngor|gyngor|argymhellion)\s+(?:[\w'’-]+\s+){0,3}?ar\s+waith"
    # the child goes to or sees a provider: 'yn mynd i grŵp', 'yn gweld y cwnselydd' (turning to someone when
    # something happens is the child's own coping, as in English: 'mynd at y nyrs ysgol pan fydd yn sâl', 'siarad
    # gyda'r nyrs ysgol pan fydd hi'n poeni')
    r"|(?!(?:(?:mynd|fynd|troi|droi)\s+at|(?:siarad|cwrdd)\s+(?:â|ag|gyda|efo))\s*(?:\S+\s+){1,4}?(?:pan|os)\b)"
    # (reporting to a service's office is a visit the process asks: 'adrodd i'r swyddfa prawf bob wythnos')
    rf"(?:mynd|fynd|gweld|weld|ymweld\s+â|adrodd|hadrodd|(?:cwrdd|cyfarfod|gyfarfod|siarad)(?:\s+yn\s+\w+|['’]n\s+\w+)?\s+(?:â|ag|gyda|efo)|"
    rf"amser\s+(?:[\w'’-]+\s+){{0,3}}?(?:gyda|efo)|[gw]weithio(?:['’]n\s+\w+)?\s+(?:gyda|efo)|"
    # working together with a provider, as 'work with' ('cydweithio â'r gweithwyr proffesiynol')
    rf"(?:c|g|ch)ydweithio(?:['’]n\s+\w+)?\s+(?:â|ag|gyda|efo)|"
    # in touch with or involved with a service: 'mewn cysylltiad â gwasanaeth ieuenctid', 'mewn cysylltiad rheolaidd
    # â'i gweithiwr', 'ymwneud â'r tîm'
    rf"mewn\s+cysylltiad(?:\s+(?:rheolaidd|cyson|aml|wythnosol|dyddiol|agos|da))?\s+(?:â|ag|gyda|efo)|ymwneud\s+(?:â|ag))"
    rf"\s*(?:i|at|â)?\s*{_THE}?(?:\w+\s+)?(?:{_SEEN_GROUP}|{_SEEN_NOT_GROUP})"
    # the plan's professionals as 'we', doing a provider's work, as 'We will support Nia' in English: 'Byddwn ni'n
    # cefnogi Nia i...', 'Byddwn yn monitro' (a family's 'byddwn ni'n chwarae' is its day, so only these verbs)
    rf"|\b(?:byddwn|fyddwn)(?:\s+ni)?(?:['’]n|\s+yn)\s+(?:{_WE_ACT})\b"
    # help given to the adults so that they do something for the child: 'cefnogi'r teulu i', 'helpu Mam i'
    rf"|(?:{_HELP_VERBS})\s*{_THE}?(?:{_CARERS})\s+i\b"
    # the process itself as the outcome, as in English: the register, the plan or order, the case, a list
    # (a register named by whom it lists, with no article: 'ar gofrestr disgyblion sy'n agored i niwed' (cw10))
    r"|(?:ar|oddi\s+ar)\s+(?:y\s+)?gofrestr\b|yn\s+destun\s+(?:\w+\s+){0,2}(?:cynllun|gorchymyn|gynllun|orchymyn)"
    r"|(?:achos|ffeil)\s+(?:\w+\s+)?yn\s+cael\s+ei\s+(?:gau|chau)|cau['’]r\s+achos|(?:[ck]|ch|g|ngh)amu\s+i\s+lawr"
    r"|(?:yn\s+)?hysbys\s+i['’]r?\s+(?:\w+\s+)?(?:gwasanaethau|wasanaethau)|r(?:h)?estr\s+(?:aros|flaenoriaeth|dai)"
    # ...a case kept open to the services, as 'stay open to children's social care'
    r"|ar\s+agor\s+i['’]r\s+(?:\w+\s+)?(?:gwasanaethau|wasanaethau|tîm|dîm)"
    # ...the process's referrals counted, as 'fewer referrals' in English ('Bydd llai o atgyfeiriadau am Nia')
    r"|\b(?:llai|mwy)\s+o\s+(?:atgyfeiriadau|hatgyfeiriadau)\b|\bnifer\s+(?:yr|y)\s+(?:atgyfeiriadau|ymweliadau)\b"
    # ...a carer or a placement found for the child, as 'a kinship carer will be identified for Cai' (chosen for a team,
    # 'ei ddewis ar gyfer y tîm rygbi', is the child's week)
    r"|\byn\s+cael\s+(?:ei|eu)\s+(?:nodi|canfod|ganfod)\s+ar\s+gyfer\b"
    # ...what the plan's outcomes cover, as 'his outcomes will cover his learning'
    r"|\b(?:canlyniadau|nghanlyniadau|chanlyniadau|targedau|nhargedau|thargedau)\s+(?:[\w'’-]+\s+)?yn\s+(?:cwmpasu|ymdrin\s+â)\b"
    # ...the child included in a service's group or programme: 'cael ei gynnwys yn y grŵp meithrin sgiliau'
    rf"|(?:[cg]ael|wedi)\s*{_OWN}\s+(?:cynnwys|gynnwys|chynnwys)\s+(?:yn|mewn|ym)\s*{_THE}?(?:[\w'’-]+\s+)?(?:{_SEEN_GROUP}|{_PROGRAMMES})\b"
    # ...a parent answering a provider, as 'respond to the social worker's calls': compliance with the process (answering
    # the teacher in class is the child's school day)
    # (the article may be joined to the word before it: 'ymateb i alwadau'r gweithiwr' (cw3))
    rf"|\b(?:ymateb|hymateb)\s+i\s*(?:[\w'’-]+\s+){{0,3}}?(?:y\s+|yr\s+|[\w-]*['’]r\s+)(?:{_SEEN_NOT_GROUP})\b"
    # ...the child's needs or the family's worries dealt with, as 'her needs will be addressed': 'yn cael sylw'
    r"|(?:anghenion|hanghenion|pryderon|mhryderon)\b(?:\s+[\w'’-]+){0,4}?\s+yn\s+cael\s+sylw"
    # ...a school day the plan makes shorter, a worker's caseload and the process's one-page profile, as the English
    # reading of session 25 ('a reduced timetable', 'on the caseload', 'a one-page profile')
    r"|(?:amserlen|hamserlen|amserlenni)\s+(?:ran-amser|rhan-amser|ran\s+amser|lai|ostyngedig|fyrrach|wedi['’]i\s+lleihau|"
    # (or one the school has changed for her, as 'an adjusted timetable' (cw3))
    r"wedi['’]i\s+(?:h?addasu|byrhau|fyrhau)|addasedig|"
    # (or a return to school in stages, as 'a phased return' (cw3))
    r"raddol|graddol|fesul\s+cam)"
    r"|(?:llwyth|lwyth|llwythi)\s+(?:achosion|gwaith\s+achos)|(?:proffil|broffil|mhroffil|phroffil)\s+un\s+dudalen"
    # a process the child takes part in
    # (an adverb between: 'cymryd rhan yn llawn yn y cynllun mentora')
    rf"|(?:cymryd|gymryd)\s+rhan(?:\s+yn\s+\w+|['’]n\s+\w+)?\s+(?:mewn|yn|ym|yng)\s+{_THE}?(?:\w+\s+)?(?:{_PROCESS_ACTIVITIES}|{_PROGRAMMES})"
    # joining, completing, using or keeping to a programme of work: 'cwblhau'r rhaglen', 'ymuno â'r cwrs'
    rf"|(?:cwblhau|gwblhau|ymuno\s+â|ymuno\s+ag|defnyddio|ddefnyddio|manteisio\s+ar|cadw\s+at|gadw\s+at|dilyn|ddilyn)\s*"
    # (a plan of her own that she uses is her own coping, as in English 'use her safety plan when the thoughts come':
    # 'defnyddio ei chynllun diogelwch', 'dilyn fy nghynllun diogelwch'; one drawn up by a team stays the service's (twcy))
    rf"(?!(?:ei\s+|['’]i\s+|fy\s+)(?:{_OWN_PLANS})\b(?!(?:\s+[\w'’-]+){{0,4}}?\s+gan\b))"
    # (or to its terms or conditions, the article joined to them: 'cadw at delerau'r gorchymyn' (cw3))
    rf"{_THE}?(?:\w+\s+|(?:telerau|delerau|amodau|hamodau|rheolau|reolau|gofynion|ofynion)['’]r\s+)?(?:{_PROGRAMMES})\b{_NOT_AT_COLLEGE}"
    # an outcome that is only the help itself: 'Therapi lleferydd i Gerys bob wythnos', 'Cymorth un i un i Jac'
    rf"|^\W*(?:{_PROVISION}|{_PROGRAMMES})\b"
    # benefiting from help ('elwa ar y cymorth'), appointments kept or gone to, a group that is a programme
    rf"|[ee]lwa\s+ar\b|\bh?apwyntiadau\b|[bp]ob\s+apwyntiad"
    # (cw9: a bereavement group or course, as 'a grief group for children': 'cael grŵp galar', 'cwrs profedigaeth')
    r"|(?:grŵp|grwp|ngrŵp|cwrs|gwrs|sesiynau|gwersi|wersi|hyfforddiant)\s+(?:sgiliau|magu|cymorth|gymorth|cefnogi|gefnogi|therapi|rheoli|ymyrraeth|ymyrryd|"
    r"galar|profedigaeth)"
    # help as what meets the child's needs, as 'a care and support package will meet his needs' (Mam meeting them is
    # the family's day)
    r"|(?:pecyn|becyn|cymorth|gymorth|cefnogaeth|gefnogaeth|ymyrraeth|darpariaeth|gwasanaethau|wasanaethau)\b(?:\s+[\w'’-]+){0,4}?"
    r"\s+yn\s+(?:diwallu|cwrdd\s+â|ymateb\s+i)\s+(?:holl\s+)?(?:anghenion|hanghenion)\b"
    # a piece of work done with the child on a topic, as 'receive healthy relationships work' ('cael gwaith' alone is
    # getting a job)
    r"|(?:[cg]ael|chael|derbyn|dderbyn)\s+(?:gwaith|waith)\s+(?:perthnasoedd|berthnasoedd|diogelwch|ddiogelwch|"
    r"hunan-barch|uniongyrchol|un\s+i\s+un|therapiwtig|ataliol)\b"
    # a service's questionnaire filled in, as 'fill in a strengths and difficulties questionnaire'
    rf"|(?:llenwi|lenwi|cwblhau|gwblhau)\s*{_THE}?(?:[\w'’-]+\s+)?(?:holiadur|holiaduron)\b"
    r"|rheoli\s+dicter"
    # (cw3) what is had free, as 'free school meals', 'free childcare': a benefit handed to the family, however many
    # words name it ('cael ei 30 awr o ofal plant am ddim'); training had, as a parent's course ('hyfforddiant
    # pêl-droed' is the child's week)
    rf"|(?:[cg]ael|chael|derbyn|dderbyn|{_GETS})\s+(?:[\w'’-]+\s+){{0,6}}?am\s+ddim\b"
    rf"|(?:[cg]ael|chael|derbyn|dderbyn)\s+hyfforddiant\b(?!\s+(?:{_PASTIMES})\b)"
    # the child's day held back until a step of the process or help is ready, as 'will not leave the ward until a
    # discharge planning meeting has been held': 'aros ar y ward nes bod y pecyn gofal yn barod'
    # help or a step of the process named as what is needed, as 'a safety plan is needed for Deio' ('Ni fydd angen
    # cymorth arni', no longer needed, is the child's change) (cw3); needed when it arises is the child knowing her own
    # need, as in English 'when he needs a break' ('dweud pan fydd angen seibiant arno', 'os bydd angen help arni') (cw10)
    rf"|(?<!ni\s)(?<!na\s)(?<!pan\s)(?<!os\s)(?<!pryd\s)\b(?:mae|bydd|fydd)\s+angen\s+(?:{_PROVISION}|{_PROCESS_SUBJECTS})\b"
    rf"|\b(?:nes|tan|hyd\s+nes)\s+(?:(?:bod|fod|y\s+bydd|i)\s+)?{_THE}?(?:{_PROVISION}|{_PROCESS_SUBJECTS})\b"
    # reporting to a police station or an office, as signing on under bail or an order ('adrodd i orsaf yr heddlu')
    r"|(?:adrodd|hadrodd)\s+(?:i|yn|at)\s*(?:['’]r\s+|y\s+)?(?:orsaf|gorsaf|ngorsaf|swyddfa)\b"
    # young carers' provision wherever it is named, as in English ('clwb gofalwyr ifanc', 'drwy'r prosiect gofalwyr
    # ifanc'); a rehabilitation or detox place, as a unit ('aros yn y cyfleuster adsefydlu am 12 wythnos')
    r"|(?:clwb|glwb|nghlwb|grŵp|grwp|ngrŵp|prosiect|brosiect|mhrosiect|gwasanaeth|wasanaeth|ngwasanaeth|sesiynau|"
    r"cynllun|gynllun|asesiad|hasesiad|asesiadau|seibiant|gweithgareddau|weithgareddau)\s+(?:i\s+|ar\s+gyfer\s+)?"
    r"(?:gofalwyr|ofalwyr|gofalwr|ofalwr)\s+ifanc"
    # registered with or joining a practice, in the active too, as 'registered with a GP' ('wedi ymrestru gyda meddyg
    # teulu', 'ymuno â phractis deintyddol'; joining a club is the child's week)
    rf"|(?:cofrestru|gofrestru|ymrestru|ymuno)\s+(?:gyda|gydag|efo|â|ag|yn|mewn|ym)\s*{_THE}?(?:meddyg\s+teulu|feddyg\s+teulu|"
    r"deintydd|ddeintydd|practis|phractis|meddygfa|feddygfa|clinig|glinig)\b"
    # a right to help, as a service's duty ('Bydd gan Cerys hawl i asesiad o'i hanghenion', 'hawl i eiriolwr'; a right
    # to play is the child's)
    rf"|\b(?:hawl|hawliau)\s+i\s+(?:gael\s+)?{_THE}?(?:[\w'’-]+\s+)?(?:{_PROVISION}|{_SEEN_NOT_GROUP})\b"
    # a break given to the parents, as 'so that his mum has a break' ('er mwyn rhoi seibiant i'w fam')
    r"|\b(?:rhoi|roi)\s+(?:seibiant|egwyl|hoe)\s+i\b"
    # a provider the child wants or needs, as 'needs a key worker' ('Rydw i eisiau cymhorthydd wrth fy ymyl')
    # (read from the provider on, so that help no longer needed is the child's change: 'Ni fydd angen gweithiwr ar Nia';
    # knowing when she needs one is her own skill, as in English: 'dweud pan fydd angen nyrs arni')
    rf"|(?:(?<=eisiau\s)|(?<=isio\s)|(?<=angen\s)(?<!pan\sfydd\sangen\s)(?<!pryd\smae\sangen\s)(?<!os\soes\sangen\s)"
    rf"(?<!os\sbydd\sangen\s))(?:un\s+|y\s+|yr\s+)?(?:{_SEEN_NOT_GROUP})\b(?!\s+(?:{_PASTIMES})\b)"
    r"|(?:cyfleuster|gyfleuster|nghyfleuster|canolfan|ganolfan|nghanolfan|uned)\s+(?:adsefydlu|dadwenwyno)|dadwenwyno"
    # joining a service's group, as 'join the nurture group' ('ymuno â'r côr', 'ymuno â thîm pêl-droed' are her week)
    rf"|ymuno\s+(?:â|ag)\s*{_THE}?(?:{_SEEN_GROUP})\s+(?!(?:{_PASTIMES})\b)\w+"
    # a check had, in the verb-noun: 'cael sgrinio clyw', 'cael brechu' (as 'have a hearing screening')
    r"|(?:[cg]ael|chael)\s+(?:sgrinio|brechu|imiwneiddio)\b"
    # taking up help, as 'make use of' ('manteisio ar y cynnig gofal plant'), giving evidence to the court, and the
    # life story work of the care system ('llyfr taith bywyd')
    rf"|manteisio\s+ar\s*{_THE}?(?:\w+\s+)?(?:{_PROVISION})\b"
    r"|(?:rhoi|roi)\s+(?:ei\s+|eu\s+)?(?:tystiolaeth|thystiolaeth|dystiolaeth)"
    r"|(?:llyfr|lyfr|llyfrau|lyfrau)\s+(?:stori|taith|daith)\s+(?:bywyd|fywyd)"
    # short breaks, as in English, and being found eligible for help ('yn gymwys am brydau ysgol am ddim')
    # (the short-break house where the child sleeps is named by it: 'cysgu yn y tŷ seibiant byr', as the English corpus
    # reads 'sleep at the short break house and enjoy it')
    r"|(?<!tŷ\s)(?<!dŷ\s)(?<!nhŷ\s)(?:seibiant|seibiannau)\s+(?:byr|byrion)|(?:cymwys|gymwys)\s+(?:am|ar\s+gyfer|i\s+gael)\s+(?:[\w'’-]+\s+){0,3}?"
    rf"(?:{_PROVISION}|prydau|brydau|lwfans|budd-dal|fudd-dal|grantiau|gofal|ofal)\b"
    # what a court order asks, as its unpaid work: reparation and an electronic tag ('oriau gwneud iawn', 'tag
    # electronig'); making amends of his own accord ('gwneud iawn am y difrod') is the young person's own
    # direct payments, as in English ('taliadau uniongyrchol yn cael eu gwneud i deulu Elis')
    r"|(?:taliad|daliad|thaliad|taliadau|daliadau|thaliadau)\s+uniongyrchol"
    # (cw9) the child's costs paid by the plan, as 'her travel costs will be paid': costs, fees or fares as what is paid,
    # refunded or funded ('costau teithio Sioned yn cael eu talu', 'Caiff ffioedd clwb Elis eu talu'); paid by the
    # family it is the family's day, and paying for her own things from her wage is hers
    r"|(?:costau|chostau|gostau|nghostau|ffioedd|tocynnau|docynnau|nhocynnau)\b(?:\s+[\w'’-]+){0,4}?\s+(?:yn\s+cael|wedi|['’]n\s+cael)\s*"
    rf"(?:eu|ei|['’]u|['’]i)\s+(?:talu|thalu|dalu|ad-dalu|had-dalu|ariannu|hariannu|digolledu){_NOT_BY_FAMILY}"
    rf"|\b(?:c|g|ch)(?:aiff|ânt)\s+(?:costau|chostau|gostau|ffioedd|tocynnau)\b(?:\s+[\w'’-]+){{0,4}}?\s+(?:eu|ei)\s+"
    rf"(?:talu|thalu|dalu|ad-dalu|had-dalu|ariannu|hariannu){_NOT_BY_FAMILY}"
    # a break from caring, whatever it is called ('egwyl rhag gofalu', 'hoe o ofalu'), as in English
    r"|(?:egwyl|seibiant|hoe|saib)\s+(?:rhag|o|oddi\s+wrth)\s+(?:ofalu|gofalu)\b"
    # being looked after ('derbyn gofal', the Welsh of the Act's 'looked after': 'plentyn sy'n derbyn gofal', 'derbyn gofal
    # gan ofalwyr maeth', as 'receive care from foster carers'); care from the family is the child's own ('derbyn gofal
    # da gan ei mam')
    rf"|(?:derbyn|dderbyn)\s+gofal\b(?!\s+(?:da\s+|cariadus\s+)?(?:gan|gyda|efo|oddi\s+wrth)\s*{_THE}?(?:{_KIN}|mam|fam|tad|dad|"
    r"nhad|rhieni|rieni|nain|taid|teulu|deulu)\b)"
    # a hub gone to, as a service's place ('mynd i'r hwb yn hytrach nag aros yn yr adran frys', 'galw heibio'r hwb
    # argyfwng'; 'hwb i'w hyder', a boost, is not one)
    r"|(?:mynd|fynd|galw\s+heibio|alw\s+heibio)\s*(?:i['’]r\s+|at\s+yr\s+|['’]r\s+|i\s+)(?:hwb|hyb)\b(?!\s+(?:i|o|ieuenctid|cymunedol|cymuned)\b)"
    r"|(?:oriau|horiau|gwaith|waith|sesiynau|sesiwn)\s+(?:gwneud|wneud)\s+iawn|(?:tag|dag|thag|nhag)\s+(?:electronig|alcohol|sobrwydd)"
    # the steps before care proceedings ('llythyr cyn-achos', 'y cyfarfod cyn-achos', as 'pre-proceedings'), and living
    # under an order ('o dan orchymyn gwarcheidiaeth arbennig')
    r"|\bcyn[-\s]achos\b|\bdan\s+(?:orchymyn|gorchymyn|ngorchymyn)\b"
    # a named adult or a member of staff had, as 'a named adult' in English ('Bydd gan Bryn aelod o staff y gall fynd ato')
    r"|\bgan\s+\w+\s+(?:aelod\s+o\s+staff|aelod\s+o['’]r\s+staff|oedolyn\s+(?:dynodedig|enwebedig|penodol))"
    # a health visiting pathway above the universal one, as Healthy Child Wales names them ('ar y llwybr uwch')
    r"|\bar\s+(?:y\s+)?(?:llwybr|lwybr)\s+(?:[\w'’-]+\s+){0,3}?(?:uwch|dwys|ychwanegol)\b"
    # the child's part in the meetings: 'ym mhob cyfarfod', 'yn y grŵp craidd', 'yn y gynhadledd'
    r"|(?:ym\s+mhob|yn\s+y|yn\s+yr|ymhob|mewn)\s+(?:cyfarfodydd|cyfarfod|adolygiadau|adolygiad|grŵp\s+craidd|grwp\s+craidd|"
    r"gynhadledd|cynadleddau|gynadleddau|llys|tribiwnlys|panel)\b"
    # the court, where the child goes or stands: 'i'r llys', 'gerbron y llys', 'yn y llys ieuenctid'
    r"|(?:i['’]r|gerbron\s+y|o\s+flaen\s+y)\s+llys\b"
    # the child as a part of the process: 'yn rhan o'r broses gynllunio', 'yn rhan o'r penderfyniadau'
    rf"|rhan\s+o\s*{_THE}?(?:{_DECISIONS}|broses|proses)\b"
    r"|yng\s+nghyfarfod|yng\s+nghynhadledd|yn\s+(?:ei\s+|eu\s+|fy\s+|ein\s+)?h?(?:adolygiad|asesiad)\w*"
    # a part of an order or a plan: 'fel rhan o'i orchymyn', 'fel rhan o'r cynllun'
    r"|fel\s+rhan\s+o['’]?(?:i|u|r)?\s+(?:gorchymyn|orchymyn|ngorchymyn|cynllun|gynllun|nghynllun|contract|gontract)\b"
    # being on a plan of the process: 'ar gynllun amddiffyn plant' (as 'on a child protection plan')
    r"|\bar\s+(?:y\s+|ei\s+)?(?:gynllun|cynllun)\s+(?:amddiffyn|gofal|cymorth|diogelwch|plentyn\s+mewn\s+angen)"
    # the child included in the process: 'yn cael ei chynnwys yn y penderfyniadau'
    rf"|(?:cynnwys|gynnwys|chynnwys)\s+(?:\w+\s+){{0,3}}?(?:{_DECISIONS})"
    # a placement, supervised contact or a contact centre, as in English: the care system's arrangements
    # (a placement the child goes missing or runs away from is where she sets out, as 'from the hostel' is: 'mynd ar goll
    # o'i lleoliad', 'rhedeg i ffwrdd o'r lleoliad', 'dianc o'i leoliad'; moving from it is the care system's (twcy))
    r"|\b(?<!goll\so['’]i\s)(?<!goll\so['’]r\s)(?<!goll\so\s)(?<!ffwrdd\so['’]i\s)(?<!ffwrdd\so['’]r\s)"
    r"(?<!ffwrdd\so\s)(?<!dianc\so['’]i\s)(?<!dianc\so['’]r\s)(?<!dianc\so\s)"
    r"(?<!diflannu\so['’]i\s)(?<!diflannu\so['’]r\s)(?<!diflannu\so\s)"
    r"(?:lleoliad|leoliad|lleoliadau|leoliadau)\b|(?:o\s+)?dan\s+oruchwyliaeth|[cg]anolfan\s+gyswllt"
    # therapy and counselling wherever they are named, and sessions that are not a hobby's ('sesiynau nofio')
    # (named by its kind in one word too: 'ffisiotherapi', 'hydrotherapi'; sessions counted as a share of the school's
    # are the child's school day: 'yn yr ysgol am 95 y cant o'r sesiynau', as 'per cent of sessions' in English)
    # (the learned first halves spelled out rather than any letters, so that the pattern keeps its finder: see
    # coreplan/prefilter.py; another one-word therapy is found by 'therapi' inside it all the same)
    r"|(?:ffisio|hydro|seico|aroma|cemo|radio)?therap(?:i|ïau)|[cg]wnsela|(?<!cant\so['’]r\s)(?<!%\so['’]r\s)sesiynau(?!\s+(?:nofio|pêl|dawns|chwaraeon|hyfforddi|canu|drama)\w*)"
    # a service's verb-noun leading the outcome: 'Monitro presenoldeb Mali', 'Atgyfeirio Cai at y tîm'
    rf"|^\W*(?:{_LEADING_SERVICE_VERBS})\b"
    # ...or named as what is needed: 'Bydd angen cynnal asesiad', 'Mae angen atgyfeirio Nia' (as 'an assessment will
    # need to be carried out')
    rf"|\b(?:bydd|fydd|mae|roedd)\s+angen\s+(?:{_LEADING_SERVICE_VERBS})\b"
    # ...or as what must or should be done, with nobody named: 'Rhaid cynnig asesiad i Megan', 'Dylid monitro...'
    rf"|\b(?:rhaid|dylid|gellir)\s+(?:{_LEADING_SERVICE_VERBS})\b"
    # signing the process's papers: 'llofnodi'r contract', 'arwyddo'r cytundeb' (as 'sign an acceptable behaviour
    # contract' in English)
    r"|(?:llofnodi|lofnodi|arwyddo|harwyddo)\s*(?:['’]r\s+|y\s+|yr\s+|ei\s+|eu\s+)?(?:contract|gontract|cytundeb|gytundeb|"
    r"gorchymyn|orchymyn|cynllun|gynllun)\b"
    # making the process's papers, leading the outcome: 'Creu cynllun i helpu Lili', 'Llunio asesiad o anghenion Cai'
    rf"|^\W*(?:creu|llunio|paratoi|ysgrifennu|diweddaru|cytuno\s+ar|cwblhau)\s+{_THE}?(?:{_DECISIONS}|adroddiad|"
    rf"cytundeb|proffil)\b"
    # help, a plan or an arrangement in place: 'Bydd cynllun diogelwch yn ei le', 'cymorth yn eu lle'
    r"|(?:cynllun|gynllun|cymorth|gymorth|pecyn|becyn|trefniadau|threfniadau|gwasanaethau|cefnogaeth|gefnogaeth|mesurau|fesurau)"
    r"\s+(?:[\w'’-]+\s+){0,3}?yn\s+(?:ei|eu)\s+ll?e\b"
    # being let take part, as 'opportunities to take part': 'cael cymryd rhan mewn gweithgareddau'
    r"|(?:[cg]ael|chael)\s+(?:cymryd|gymryd)\s+rhan\b"
    # an opportunity in any mutated form, as 'opportunities for' ('ei chyfle i', 'gyfleoedd ar gyfer')
    r"|(?:c|g|ch|ngh)yfle(?:oedd)?\s+(?:i|ar\s+gyfer|am)\b"
    # undertaking a programme or a piece of work, as 'undertake' in English: 'ymgymryd â gwaith uniongyrchol'
    rf"|ymgymryd\s+(?:â|ag)\s*{_THE}?(?:\w+\s+)?(?:{_PROGRAMMES}|{_PROVISION}|gwaith|waith)\b"
    # a programme as the means, as 'through the scheme': 'drwy'r rhaglen', 'trwy gwnsela'
    rf"|(?:drwy|trwy|thrwy)\s*{_THE}?(?:\w+\s+)?(?:{_PROGRAMMES})\b"
    # unpaid work of a court order, wherever it stands
    r"|gwaith\s+di-?d[âa]l"
    # help, an application or a step of the process as what will have been done, as 'a support package will have
    # been agreed' in English: 'Bydd pecyn cymorth wedi'i gytuno', 'Bydd cais am dai wedi'i wneud' (cw3's fourth set)
    rf"|^\W*(?:bydd|fydd)\s+{_THE}?(?:{_PROVISION}|{_PROGRAMMES}|cais|ceisiadau|trefniant|trefniadau)\b"
    r"(?:\s+[\w'’-]+){0,3}?\s+wedi\s*(?:['’]i|['’]u|ei|eu)\s"
    # a place in a service leading the outcome, as 'a nursery place for Nedw': 'Lle mewn meithrinfa i Nedw', 'Lle yn yr
    # uned i Cai' (a safe place to play, 'Lle diogel i chwarae', is not one)
    r"|^\W*lle\s+(?:mewn|yn|yng|ym)\s+(?:y\s+|yr\s+)?(?:meithrinfa|feithrinfa|cylch|gylch|uned|ysgol|canolfan|clwb|glwb|"
    r"cynllun|gynllun|rhaglen|raglen|grŵp|grwp|cartref|gartref|llety|hostel|lloches|darpariaeth|narpariaeth)\b"
    # a meeting or a review named as the outcome: 'Cyfarfod rheolaidd rhwng yr ysgol a...', 'Adolygiad misol o...'
    # ('Cyfarfod â ffrindiau', meeting them, is the verb-noun)
    r"|^\W*(?:cyfarfod|cyfarfodydd|cynhadledd|adolygiad|adolygiadau)\b(?!\s+(?:â|ag|gyda|efo)\b)"
    # a parent's tests for drugs or alcohol: 'profion gwallt Mam', 'prawf cyffuriau ei dad', 'Bydd Dad yn rhoi profion
    # cyffuriau negyddol', 'Bydd Mam yn profi'n negyddol'
    rf"|(?:{_TESTS})\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_SUBSTANCES})\b(?:\s+[\w'’-]+){{0,3}}?\s+(?:ei\s+|eu\s+|['’]i\s+)?(?:{_PARENTS})\b"
    rf"|(?:{_PARENTS})\s+(?:[\w'’-]+\s+){{0,3}}?(?:yn|['’]n)\s+(?:{_GIVE_A_TEST})\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_TESTS})\s+"
    rf"(?:[\w'’-]+\s+)?(?:{_SUBSTANCES}|{_TEST_RESULTS})\b"
    rf"|(?:{_PARENTS})\s+(?:[\w'’-]+\s+){{0,3}}?(?:yn|['’]n)\s+(?:profi['’]n|profi\s+yn)\s+{_TEST_RESULTS}"
    # a service's tool measuring the child, as the subject: 'Bydd sgôr SDQ Osian yn gostwng', 'lefel risg Nia'
    rf"|\b(?:bydd|fydd|mae)\s+(?:y\s+|yr\s+)?(?:sgôr|sgor|sgoriau)(?:\s+[\w'’-]+){{0,4}}?\s+(?:{_SCORE_TOOLS})\b"
    r"|\b(?:lefel|sgôr|sgor)\s+(?:y\s+)?risg\b"
    # a provider as the subject beside the child, as 'Nia and her worker will...' in English: 'Bydd Nia a'i gweithiwr yn
    # gwneud llyfr', 'Bydd Mam a'r gweithiwr teulu yn llunio trefn' (her teacher beside her is her school day)
    rf"|^\W*(?:bydd|fydd|mae)\s+[\w'’-]+\s+(?:a|ac)\s*(?:['’]i\s+|['’]u\s+|y\s+|yr\s+|['’]r\s+)?(?:{_SEEN_NOT_GROUP})\b"
    r"(?=(?:\s+[\w'’-]+){0,2}?\s+(?:yn|['’]n)\s)"
    # ...or the child scoring on one: 'sgorio'n uwch ar yr holiadur lles'
    rf"|sgorio(?:['’]n|\s+yn)\s+(?:[\w'’-]+\s+){{0,2}}?(?:ar|yn)\s+{_THE}?(?:[\w'’-]+\s+){{0,2}}?(?:{_SCORE_TOOLS})\b"
    r")\b", re.IGNORECASE)

# The scene after 'tra' ('while'), up to the next comma or stop: where the child lives, or what else goes on, while the
# change happens ('... tra bydd yn byw yn y cartref plant'), as 'while' in English; 'tra' before an adjective ('tra
# phwysig', very important) is not one
_WHILE_CY = re.compile(r"\btra(?:\s+(?:bydd|fydd|bo|bod|mae|maen|roedd|y\s+bydd|y\s+mae|(?:ei|eu)\s+(?:fod|bod)|yn)|['’]n)\b",
                       re.IGNORECASE)
_STOPS = re.compile(r"[,;:.!?]")
# The words at start opening the 'tra' clause themselves ('tra bydd y gorchymyn yn para', while the order lasts)
_RIGHT_AFTER_WHILE_CY = re.compile(r"\btra\s+$", re.IGNORECASE)


def in_the_scene_cy(text: str, start: int) -> bool:
    """Whether the words at start stand in a 'tra' clause: the scene, not what the outcome asks."""
    if "tra" not in text[:start].lower():
        return False
    if _RIGHT_AFTER_WHILE_CY.search(text, max(0, start - 8), start):  # 'tra bydd y gorchymyn yn para'
        return True
    return any(_STOPS.search(text, scene.end(), start) is None for scene in _WHILE_CY.finditer(text, 0, start))


# The child's own voice in Welsh (a regular expression source, read case-insensitively inside
# coreplan.rules.outcomes.FIRST_PERSON): 'fy' and 'fi'; a verb with 'i' after it ('Rydw i', 'Bydda i'n'); the
# one-word first persons a child writes without 'i' ('Dwi'n', 'Rwy'n', 'Rwyf', 'Byddaf yn', 'Hoffwn weld',
# 'Gallaf'); 'i mi', 'imi', 'gen i', 'gennyf', 'ataf' and the other prepositions of 'me'; ''m' for 'my' after a
# vowel ('gyda'm tad', 'i'm hysgol'). Endings in '-af' are listed, not matched, as superlatives and nouns end so
# too ('cyntaf', 'haf'); 'byddwn' and 'gallwn' are left out, as they are also 'we will', which a plan's
# professionals write.
FIRST_PERSON_CY = (
    r"\b(?:(?:fy|fi|finnau|innau|imi|dwi|rwy|rwyf|rydwyf|ydwyf|wyf|byddaf|fyddaf|gallaf|allaf|hoffwn|hoffaf|dylwn|"
    r"gwnaf|wnaf|cofiaf|roeddwn|oeddwn|gennyf|ataf|arnaf|ohonof|amdanaf|wrthyf|ynof)\b"
    r"|(?:rydw|dw|rwy|rwyf|bydda|byddaf|roeddwn|hoffwn|dylwn|gallaf|galla|ydw|oeddwn|alla|wna|wnaf|gen|ges|es|"
    r"ga|cha|mi\s+fydda|fe\s+fydda)\s+i\b|i\s+(?:mi|fi)\b|i['’]n\b)|['’]m\s"
)


# Welsh words of a child's day, and their mutated forms
DAILY_LIFE_CY = patterns.compile(r"\b(?:" + _alternatives("""
    brecwast cinio swper te bwyd bwyta bwydo cysgu gwely bath cawod ymolchi ysgol dosbarth ffrindiau chwarae
    diogel hapus trist teimlo gartref adref cartref dillad sanau gwisg gwisgo glân gweiddi ffraeo darllen
    siarad deintydd dannedd pwysau presenoldeb amser cyrraedd codi deffro tawel setlo gwenu chwerthin crio
    parc clwb pêl-droed nofio tyfu cerdded dysgu gwaith_cartref penwythnos bore nos noson prynhawn
    amser_gwely cwtsh cwtsho ofn poeni
""") + r"|bob\s+dydd|bob\s+nos)\b", re.IGNORECASE)

# The children of the plan, named without their names
CHILD_WORDS_CY = patterns.compile(
    r"\b(?:y\s+plentyn|y\s+plant|y\s+babi|y\s+baban|y\s+bachgen|y\s+bechgyn|y\s+ferch|y\s+merched|"
    r"yr\s+efeilliaid|y\s+ddau|y\s+ddwy|y\s+tri|y\s+tair|hi|fe|fo|nhw|ef)\b", re.IGNORECASE)


# An action built on one of these names an aim or a process, not a behaviour (the Welsh of the English list
# in coreplan.rules.actions: 'work with', 'be open and honest', 'prioritise', 'show insight', 'take
# responsibility', 'promote', 'develop', 'strengthen', 'facilitate', 'benefit from', 'appropriate'...)
SHORTHAND_VERB_CY = patterns.compile(r"\b(?:" + _alternatives("""
    cydweithio cydweithredu blaenoriaethu dangos_dealltwriaeth dangos_mewnwelediad cydnabod cymryd_cyfrifoldeb
    hyrwyddo datblygu cryfhau hwyluso elwa_o gwneud_defnydd_o priodol addas digonol ymdrechu anelu
    mewnwelediad dealltwriaeth
""") + r"|bod\s+yn\s+(?:agored|onest)|(?:[ck]adw|gadw)['’]?r?\s+(?:plant|plentyn|babi|blant|mhlant)\s+yn\s+ddiogel"
    r")\b", re.IGNORECASE)

# A Welsh action is vague by what it asks, whatever its shape or the time words after it:
# - an aim with an abstract object ('Newid y drefn amser gwely', 'Gwella ymddygiad y plant bob dydd', 'Cynnal
#   amgylchedd diogel'): it names what should be better, not what anyone will do;
# - asking for or getting help with nobody and no means named ('Gofyn am help os bydd pryder'), where 'ffonio
#   Nain' or '999' is a plan a family can follow.
# Saying what it is for ('fel bod Mali yn cysgu erbyn saith') makes either one particular enough.
_AIM_VERBS = _alternatives("newid gwella lleihau cynyddu datblygu cryfhau sefydlu cynnal rheoli ystyried deall")
_ABSTRACT = _alternatives("""
    trefn trefniadau ymddygiad arferion ffordd_o_fyw perthynas perthnasoedd sgiliau ffiniau rheolau dealltwriaeth
    risg risgiau amgylchedd sefyllfa pryderon anghenion rhianta magu_plant gallu agwedd agweddau
""")
VAGUE_AIM_CY = patterns.compile(rf"\b(?:{_AIM_VERBS})\s*{_THE}?(?:{_ABSTRACT})\b"
                                # 'sort out': 'Rhoi trefn ar amser gwely' names what should be better, not how
                                r"|\b(?:rhoi|roi)\s+trefn\s+ar\b", re.IGNORECASE)
HELP_SEEKING_CY = patterns.compile(
    r"\b(?:gofyn|ofyn|ceisio|geisio|chwilio|cael|gael|derbyn|dderbyn)\s+(?:am\s+)?"
    r"(?:help|cymorth|gymorth|chymorth|cefnogaeth|gefnogaeth|cyngor|gyngor)\b", re.IGNORECASE)
_A_HELPER_CY = patterns.compile(r"\b(?:ffonio|ffonia|ffôn|999|101|nain|taid|cymydog|ffrind|modryb|anti|ewythr|"
                                r"wncwl|tecstio|neges)\b", re.IGNORECASE)
# Watching, or reporting back, with nothing said of what is looked for: 'monitro'r sefyllfa', 'cadw llygad ar y
# plant', 'adrodd yn ôl' (as the English 'monitor the situation', 'keep an eye on')
WATCH_CY = patterns.compile(
    rf"\b(?:(?:monitro|fonitro|goruchwylio|oruchwylio|[ck]adw\s+llygad\s+ar|gadw\s+llygad\s+ar)\s*{_THE}?"
    r"(?:sefyllfa|pethau|cynnydd|gynnydd|teulu|deulu|plant|blant|plentyn|blentyn|babi|fabi|cartref|gartref)\b"
    r"|adrodd\s+yn\s+ôl(?!\s+(?:i|wrth)\s+(?!['’]r\s|y\s|yr\s)\w))", re.IGNORECASE)
PURPOSE_CY = patterns.compile(r"\b(?:fel\s+bod|fel\s+nad|fel\s+na|er\s+mwyn|gyda['’]r\s+nod)\b", re.IGNORECASE)


def vague_welsh_action(text: str) -> re.Match | None:
    """The words that make a Welsh action vague whatever its shape (an abstract aim, help from nobody named),
    or None."""
    if search_folded(PURPOSE_CY, text):
        return None
    aim = search_folded(VAGUE_AIM_CY, text) or search_folded(WATCH_CY, text)
    if aim:
        return aim
    help_asked = search_folded(HELP_SEEKING_CY, text)
    return help_asked if help_asked and not search_folded(_A_HELPER_CY, text) else None


# A step someone can be seen doing, asked first (after whoever acts and 'i'): 'Ysgrifennu llythyr ymddiheuro i'r
# siop', 'Mam i gasglu Cai o'r ysgol' (the Welsh of the English CONCRETE_HEAD in coreplan.rules.actions); verbs
# of giving, going or helping are left out, as what they ask depends on what follows ('Rhoi cymorth')
_STEPS_CY = _alternatives("""
    ysgrifennu ffonio tecstio e-bostio casglu gollwng talu prynu golchi glanhau tacluso cloi datgloi symud gosod
    trwsio atgyweirio darllen coginio bwydo ymolchi brwsio gwisgo newid_cewyn pacio cuddio blocio taflu
    mynd_â dod_â cerdded gyrru
    ymddiheuro canmol cwtsho cofleidio bwcio trefnu_apwyntiad gwneud_apwyntiad cofrestru
""")
CONCRETE_HEAD_CY = patterns.compile(rf"^\W*(?:(?:[\w'’()-]+\s+){{0,4}}?i\s+)?(?:{_STEPS_CY})\b", re.IGNORECASE)

# Things and places of a family's day, in every mutated form: an action that names one is particular unless it
# rests on a process ('Cadw'r cyllyll yn y drôr sydd wedi'i gloi'); the Welsh of the English list in
# coreplan.rules.language (knives, drawer, lock, stair gate, car seat, smoke alarm, medicines, screens...)
PARTICULARS_CY = patterns.compile(r"\b(?:" + _alternatives("""
    cyllell cyllyll drôr droriau clo cloi allwedd allweddi silff oergell popty ffwrn hob tegell plwg soced tân
    gât giât ffens grisiau ffenest ffenestr sedd_car pram bygi cot crud larwm_mwg moddion meddyginiaeth tabledi
    taniwr matsys cannydd cewyn cewynnau lolfa cyfrifiadur gliniadur sgrin teledu ffôn bws car tacsi arian siopa
    ystafell_wely ystafell_ymolchi cegin gardd
""") + r")\b", re.IGNORECASE)
