"""The word classes the structural reading of an English outcome uses (coreplan.rules.outcome_reading).

Kept as data, one class per job, each with why it is there. Words are lower case; a class of nouns lists
the singular and the plural where a plan uses both. Bigrams ('social worker') are written with one space.
"""

from __future__ import annotations

# Words that open the verb of a clause: 'Ella will sleep', 'Ella should sleep', 'Ella to sleep'.
MODALS = frozenset({"will", "shall", "should", "must", "would", "can", "could", "may", "might", "to"})
# 'is to', 'needs to', 'has to', 'is going to': the verb follows the 'to'
SEMI_MODALS = frozenset({"is", "are", "needs", "need", "has", "have", "going", "ought", "able"})

# Words that may stand between the modal and the main verb without being it: 'will also be able to go'.
AUXILIARIES = frozenset({
    "be", "been", "being", "is", "are", "was", "were", "not", "also", "then", "now", "always", "still",
    "regularly", "consistently", "continue", "continues", "start", "starts", "begin", "begins", "try", "tries",
    "able", "to", "going", "need", "needs", "already", "again", "only", "soon", "fully", "gradually",
    "increasingly", "safely", "routinely", "independently", "reliably",
})
# Of those, the verbs of a phase that are the main verb when no verb follows them ('will start at the unit',
# 'will continue with counselling'), and auxiliaries before 'to' or an -ing form ('will start to sleep')
PHASE_VERBS = frozenset({"continue", "continues", "start", "starts", "begin", "begins"})
# Words that start a clause of their own: a verb after one of them is not the first clause's
CLAUSE_WORDS = frozenset({"but", "so", "then", "that", "when", "if", "because", "while", "although", "once",
                          "until", "unless", "whether", "which", "who", "where"})
# Words after which a later clause may start (beside CLAUSE_WORDS and punctuation): 'and will go to...',
# 'as she will be seeing a therapist'. Only where clauses are looked for: inside a noun phrase ('speech and
# language therapy') no verb follows, so no clause is found there.
LATER_CLAUSE_WORDS = frozenset({"and", "or", "as", "since", "after", "before"})
# After 'be', where the child is: in a service ('in a nurture group', 'on a child protection plan', 'part of
# the young carers group') or in her own life ('in school', 'on time', 'at her nan's')
BE_PLACES = frozenset({"in", "on", "at", "part", "under", "within"})
# 'be' words after which a past participle makes the clause passive: 'will be assessed'
BE = frozenset({"be", "been", "being", "is", "are", "was", "were", "get", "gets", "got"})

# Who the sentence is about. The child's own names come from the case; these are the other words for a child.
CHILD_PRONOUNS = frozenset({"i", "he", "she", "they", "child", "children", "baby", "boy", "boys", "girl", "girls",
                            "twins", "toddler", "infant", "teenager", "pupil", "learner", "student"})
# The family: what they do is the child's daily life unless it is an attendance (see ATTENDANCE_VERBS).
PARENT_NOUNS = frozenset({"mum", "dad", "mother", "father", "parent", "parents", "carer", "carers", "family",
                          "nain", "taid", "gran", "grandma", "grandad", "grandparents", "mam", "stepdad",
                          "stepmum", "partner", "aunt", "uncle", "sister", "brother"})

# The people and bodies of a service. As the subject they make the sentence about the service ('The health
# visitor will weigh Ella'); handed to the child or visited by the child, an attendance or a provision
# ('Ella will have a mentor', 'Ella will see the school nurse'). Doctors, dentists and teachers are left out:
# going to the dentist when a tooth hurts, or reading with a teacher, is the child's own life.
PROVIDER_NOUNS = frozenset({
    "social worker", "social workers", "worker", "workers", "keyworker", "keyworkers", "key worker",
    "therapist", "therapists", "counsellor", "counsellors", "psychologist", "psychologists", "psychiatrist",
    "mentor", "mentors", "advocate", "advocates", "adviser", "advisers", "advisor", "advisors", "befriender",
    "practitioner", "practitioners", "professional", "professionals", "specialist", "specialists",
    "health visitor", "health visitors", "school nurse", "nurse", "nurses", "midwife", "midwives",
    "paediatrician", "staff", "team", "agency", "agencies", "service", "services", "officer", "officers",
    "volunteer", "volunteers", "tutor", "assistant", "assistants", "childminder", "panel", "clinic",
    "coordinator", "co-ordinator", "police", "camhs", "core group", "virtual school",
    # the service for adults or children as a whole: 'supported by adult social care from her eighteenth birthday'
    "social care",
    # a volunteer the care system finds for a looked-after child
    "independent visitor", "independent visitors",
    # a person named by the plan to help the child at school: provision, not a friend
    "named adult", "named person", "named professional", "key adult",
    # someone brought in for what they know ('an expert in communication will be asked to...')
    "expert", "experts", "consultant", "consultants",
    # the legal process's people: 'Rhodri will have a duty solicitor', 'Mum will see a lawyer'
    "solicitor", "solicitors", "lawyer", "lawyers", "barrister",
    # someone the process brings so that the child or family can take part in it
    "interpreter", "interpreters", "translator",
    # the early years' named carer for the child at nursery: provision, as a key worker is
    "key person",
    # more people of a service, by the names plans give them: a youth justice caseworker, a physio, the
    # school's and the college's coordinators of additional needs
    "caseworker", "caseworkers", "case worker", "physio", "physios", "physiotherapist", "physiotherapists",
    "senco", "alnco", "sendco", "personal assistant", "personal assistants",
    # the adult the council sends with a child on the school taxi
    "escort", "escorts", "passenger assistant", "passenger assistants",
    # charities and programmes that give the help, by their names ('go to Barnardo's every week', 'supported by
    # Llamau', 'a worker from Women's Aid'); a helpline the child rings when frightened is left out, as texting Meic
    # when she is worried is her own way to cope
    "barnardo", "barnardos", "nspcc", "home-start", "llamau", "platfform", "women aid", "womens aid",
    "flying start", "families first", "family action",
    # providers a plan names by their initials: an independent domestic or sexual violence adviser, the
    # independent reviewing officer, the speech and language therapist, a community psychiatric nurse, the youth
    # offending team or service ('Carys will have an IDVA', 'Gethin will meet the YOT every week')
    "idva", "idvas", "isva", "isvas", "iro", "iros", "slt", "cpn", "cpns", "yot", "yos",
    # the adult the police must have with a child they interview, and a worker who runs a service's sessions
    "appropriate adult", "appropriate adults", "facilitator", "facilitators",
    # a charity that gives the help, unnamed, as the Welsh list has 'elusen' ('a bed provided by the charity')
    "charity", "charities",
    # (oe11) the sensory services' teachers by their initials (a qualified teacher of the deaf, of the visually
    # impaired, of multi-sensory impairment) and the hearing clinic's people; 'a Teacher of the Deaf' written out is
    # read by the words after 'teacher' (SENSORY_TEACHING)
    "qtod", "qtods", "qtvi", "qtvis", "qtmsi", "audiologist", "audiologists",
})
# (oe11) what makes a teacher a sensory service's rather than the child's own class teacher: 'weekly visits from a
# Teacher of the Deaf', 'a teacher for the visually impaired' ('his teacher of Welsh' is his class's)
SENSORY_TEACHING = frozenset({"deaf", "visually", "vi", "hi", "hearing", "blind", "multi-sensory", "sensory"})
# (oe11) a paid carer in an adult's care and support plan, made to act: 'have a carer visit each morning', 'have
# carers come in four times a day' ('have her carer help her', a foster carer or the family, is not)
PAID_CARER_MARKS = frozenset({"a", "an", "paid", "home", "agency", "domiciliary", "night", "two"})
# (oe11) something of the child's kept for them by a school or service, had: 'have a change of clothes kept in the
# school office', 'have his inhaler stored in the classroom' ('keep his spare clothes in his locker' is his own)
STORED_FOR = frozenset({"kept", "stored", "held", "left"})
STORE_PLACES = frozenset({"office", "offices", "school office", "classroom", "classrooms", "reception", "staffroom",
                          "medical room", "aid room", "sick bay", "nurse's room", "medical cupboard"})
# Places of a service that act as one when they are the subject: 'Nel's school will ring home', 'The
# nursery will provide a key person'. Going to them is the child's life (see ATTENDANCE_VERBS); what they do
# is a service's work, unless the verb only says what they are like (COPULAS).
INSTITUTIONS = frozenset({"school", "nursery", "college", "hospital", "council", "local authority", "surgery",
                          "academy", "setting", "virtual school", "ward",
                          # a doctor as the subject acts as a service ('The GP will review Mali's medication'), though
                          # going to the doctor is the child's life (so doctors are not PROVIDER_NOUNS)
                          "gp", "doctor", "dentist", "optician", "consultant",
                          # the court, whose decisions are the legal process's ('The youth court will give Dylan a
                          # referral order'); going to court is read elsewhere, and 'the court will be a quiet
                          # place' says what it is like
                          "court", "youth court", "family court", "crown court", "magistrates", "judge"})
# Of those, the court's: read wherever they stand as the subject (the others are read when another word of a service
# brings the sentence to the reading)
COURTS = frozenset({"court", "magistrates", "judge"})
# Verbs that say what something is like, not what it does: 'Her school will be a calm place'
COPULAS = frozenset({"be", "become", "feel", "seem", "look", "stay", "remain", "sound"})
# What an institution reports or notices is how a change is known, not its work: 'the school will see her
# arriving on time', 'the nursery reports that...' (as 'Nain reports that...')
REPORTING = frozenset({"see", "sees", "notice", "notices", "report", "reports", "say", "says", "tell", "tells",
                       "find", "finds", "know", "knows", "hear", "hears", "confirm", "confirms", "show", "shows",
                       "observe", "observes"})
# Someone handed to the child to do a provider's work ('Megan will have someone to support her at school');
# 'someone to talk to' or 'an adult to help her with her homework' are the child's own people
PERSONS = frozenset({"someone", "somebody", "adult", "person", "people", "worker"})
# People the child knows, before 'from': where they come from, not a means ('her friends from the home education
# group', 'children from her class')
PEOPLE_FROM = frozenset({"friend", "friends", "children", "child", "boys", "girls", "people", "pupils", "kids", "mates",
                         "someone", "others", "families", "parents"})
# What a health check takes from the body: 'have her blood pressure and pulse taken every week at the clinic'
BODY_MEASURES = frozenset({"pulse", "pressure", "temperature", "bloods", "blood", "weight", "height", "rate",
                           "measurements", "observations", "obs"})
# A verb that shares the modal of the clause before it, after 'and': 'will be weighed and have her pulse taken'
SHARED_MODAL_VERBS = frozenset({"have", "get", "go", "attend", "see", "meet", "take", "join", "receive", "access",
                                "use", "complete"})
PROVIDERS_WORK = frozenset({"support", "supervise", "mentor", "monitor", "advocate", "assess"})
# Words that say by what means a change comes: the phrase they lead is read for a service or a provider
# ('through weekly tutoring', 'supported by the school nurse', 'with regular assessment')
MEANS = frozenset({"with", "through", "via", "by", "from", "alongside", "under", "following"})
# Of those, the ones that lead a means only when the plan itself follows: 'following the plan agreed at her
# review' is the process's, 'following her night feed' is a time in her day
PLAN_MEANS = frozenset({"following"})
# Places a service houses a family in: after 'from' they are where the child sets out, not a means ('get to school on
# time from the hostel', 'walk to nursery from the refuge')
LIVED_IN = frozenset({"accommodation", "hostel", "hostels", "refuge", "refuges", "lodgings", "unit", "units"})
# Time spent in a service's place or with a provider: 'spend time in the nurture room', 'spend an hour with her
# key worker' ('spend time with Nain', 'in the park' are the child's own)
SPEND = frozenset({"spend", "spends", "spending", "spent"})
SPENT = frozenset({"time", "hour", "hours", "minutes", "mornings", "afternoons", "lunchtimes", "breaks", "day", "days",
                   # (twen2) 'spend one night a week at the respite centre'
                   "night", "nights", "weekend", "weekends"})
# Help whose giver decides: 'supported by Nain' is the family's, 'supported by the school nurse' a service's
HELPED = frozenset({"supported", "helped", "encouraged"})
# Help, visits and calls are a service only when they come from a provider ('daily visits from the family
# support team', 'the help of her mentor'); 'support from Nain' and 'visits to her nan' are the child's life
FROM_A_PROVIDER = frozenset({"help", "support", "assistance", "encouragement", "advice", "care", "input",
                             "visit", "visits", "call", "calls", "contact", "prompting", "reminders", "guidance"})

# Who may be 'we' in a plan: the professionals. 'We will encourage Ella' is what a service does.
WE = frozenset({"we"})
# What a service does to or for someone: with 'we' as the subject, the sentence describes the service.
PROVIDER_ACTIONS = frozenset({
    "encourage", "support", "help", "ensure", "make", "arrange", "provide", "offer", "refer", "monitor", "review",
    "check", "assess", "visit", "prompt", "remind", "work", "meet", "see", "give", "deliver", "fund", "book",
    "signpost", "complete", "undertake", "share", "consider", "agree", "discuss", "plan", "carry", "keep",
})

# The things of a service and of the process: sessions, appointments, assessments, plans, meetings. As the
# head of what the child has, gets or attends they make the sentence an attendance or a provision; as the
# subject ('Ella's plan will be agreed', 'Support for Nia will be delivered') they make it the process.
SERVICE_NOUNS = frozenset({
    "session", "sessions", "appointment", "appointments", "meeting", "meetings", "review", "reviews",
    "assessment", "assessments", "reassessment", "referral", "referrals", "therapy", "therapies", "counselling",
    "programme", "programmes", "program", "course", "courses", "group", "plan", "outcomes", "targets",
    "intervention", "interventions", "support", "help", "assistance", "provision", "service", "services", "package",
    "scheme", "offer", "allocation", "check-up", "check-ups", "screening", "respite", "input",
    "treatment", "conference", "conferences", "core group", "panel", "care", "physiotherapy", "tuition",
    "waiting list", "register", "advocacy", "supervision", "strategy",
    "strategies", "arrangements", "report", "reports", "chart", "record", "records", "referral form",
    "opportunity", "opportunities", "access", "short breaks", "short break", "teaching", "mentoring", "clinic",
    "clinics", "project", "ehcp", "idp", "pep", "equipment", "adaptations", "funding", "grant", "membership",
    # a check or an examination had is a service's ('a dental check within 40 days'), as tutoring is tuition
    "check", "checks", "health check", "examination", "examinations", "tutoring",
    # ...and so is a medical test or a scan ('a blood test', 'an x-ray'); a test at school or a driving test is the
    # child's own ('his spelling test'), a test of the eyes or the ears with what it gives the child is the child's
    # health (see outcome_reading._service_object), and what a test for drugs shows is how a change is known ('his
    # hair strand test will show no drugs'), so those are left out
    "blood test", "blood tests", "eye test", "eye tests", "sight test", "sight tests", "hearing test",
    "hearing tests", "scan", "scans", "x-ray", "x-rays", "mri", "ecg", "eeg",
    # a place the care system provides ('supported accommodation', 'a mother and baby unit', 'a refuge') and
    # a contract of the process ('an acceptable behaviour contract')
    "accommodation", "baby unit", "assessment unit", "residential unit", "secure unit", "refuge", "hostel",
    # education a service provides instead of school ('start at the pupil referral unit'), and the interview
    # the process holds after a child goes missing ('a return home interview')
    "referral unit", "home interview", "home interviews",
    "contract", "contracts",
    # an order of a court, which the child or a parent keeps to or finishes ('finish his youth rehabilitation order')
    "order", "orders",
    # the process's own measure of the child: 'Megan's risk level will go down to low by the next review'
    "risk level", "risk rating", "risk score", "risk status", "risk category", "safety score", "scaling score",
    # work a service does with the child, named by its kind ('STAR group work', 'direct work', 'life story work')
    "group work", "direct work", "keywork", "one-to-one work", "individual work",
    # health care a nurse gives, had by the child: 'have her immunisations up to date', 'his jabs on time'
    "immunisation", "immunisations", "vaccination", "vaccinations", "jabs", "injections",
    # a document of the process about the child ('a one-page profile'), and a service's open session ('the
    # school nurse drop-in')
    "profile", "profiles", "drop-in", "drop-ins",
    # a worker's list the child is on ('on the caseload of the speech and language team'), a statement of
    # special educational needs, school made shorter by the plan, money paid by a service for care
    "caseload", "statement", "reduced timetable", "part-time timetable", "direct payment", "direct payments",
    "personal budget",
    # where the care system houses a young person ('supported lodgings'), and work a court orders
    "lodgings", "unpaid work",
    # a place of treatment for drink or drugs ('stay at the rehab unit for twelve weeks', 'go to detox')
    # a class or a room a school runs as a service for the children it picks ('put in the nurture class')
    "nurture class", "nurture room", "nurture base", "nurture provision",
    # a school's other rooms kept for the children it picks ('use the wellbeing room when she is overwhelmed'), and
    # a place of respite for a disabled child ('stay overnight at the respite centre')
    "wellbeing room", "well-being room", "sensory room", "respite centre", "respite unit",
    # training a service gives ('independent travel training'; toilet training is the child's own, see LEISURE),
    # the school taxi the council sends, and money or food a service hands over: a voucher, a food parcel, a
    # leaving-care allowance, a bursary
    "training", "travel training", "school taxi", "school transport", "voucher", "vouchers", "food parcel",
    "food parcels", "food bank", "foodbank", "allowance", "allowances", "bursary",
    # a short breaks unit ('the first unit of his course' is his own), the interview after a child goes missing by its
    # other name, and money a health service gives for care
    "breaks unit", "break unit", "adolescent unit", "inpatient unit", "return interview", "return interviews", "health budget", "health budgets", "personal budgets",
    "rehab", "rehab unit", "rehab centre", "detox", "detox unit", "rehabilitation unit", "rehabilitation centre",
})
# Words before a head that make it the process's, whatever the head is: 'introductory visits', 'supervised family
# time', 'statutory visits' (visits, time and calls are the family's otherwise: 'visits to Nain', 'family time')
PROCESS_QUALIFIERS = frozenset({"introductory", "supervised", "statutory", "unannounced", "announced",
                                "observed", "assessed", "monitored",
                                # paid for or handed out by a service: 'a funded place', 'fifteen funded hours', 'her
                                # allocated hours' (whatever the head: a place, hours, childcare, a trip)
                                "funded", "allocated",
                                # (oe11) contact kept through the agency: 'letterbox contact', 'indirect contact'
                                "letterbox", "indirect"})
# The process named by its steps ('through the plan-do-review cycle', 'through the early help pathway'): as
# the means of a change it is the process, whatever words come before it
PROCESS_HEADS = frozenset({"cycle", "process", "pathway", "procedure", "procedures", "framework"})
# Of those, the ones that as a subject are not the process: 'Her care at home will be warm and consistent'
NOT_PROCESS_SUBJECTS = frozenset({"care", "help", "teaching", "access", "opportunity", "opportunities"})
# Participles that end a noun phrase: 'the extra help set out in her plan', 'her targets reviewed'
PHRASE_PARTICIPLES = frozenset({"set", "made", "given", "agreed", "put", "written", "described", "listed",
                                # 'a meal plan drawn up with the dietitian': the plan is what is followed
                                "drawn"})
# A leisure word before 'session', 'group' or 'class' makes it part of the child's week ('football session',
# 'swimming group'), not a service.
LEISURE = frozenset({
    "football", "rugby", "netball", "swimming", "dance", "dancing", "drama", "art", "music", "singing",
    "play", "playgroup", "sports", "sport", "gym", "gymnastics", "cricket", "choir", "youth", "brownies",
    "cubs", "scouts", "guides", "karate", "judo", "boxing", "riding", "cooking", "baking", "reading", "library",
    "messy", "outdoor", "forest", "chess", "coding", "craft", "crafts", "story", "homework", "breakfast",
    # (and the child's own training: 'finish her toilet training by Easter')
    "toilet", "potty",
})

# Heads that stay a service whatever leisure word stands before them: 'a youth rehabilitation order', 'the
# youth offending team', 'a youth worker', as against 'the youth club'
NEVER_LEISURE = frozenset({"order", "orders", "worker", "workers", "officer", "officers", "service",
                           "services", "panel", "court", "plan", "assessment",
                           # a hospital's or a refuge's 'play specialist', a 'music practitioner'
                           "specialist", "specialists", "practitioner", "practitioners",
                           # a worker who runs a service's sessions: 'a youth facilitator'
                           "facilitator", "facilitators"})
# A team is a service's when a word of a service names it ('the youth offending team', 'the youth support
# team'), and the child's own when a pastime does ('the school football team')
SERVICE_QUALIFIERS = frozenset({"offending", "justice", "support", "social", "disability", "disabilities",
                                "inclusion", "safeguarding", "mental", "carers", "intervention", "outreach",
                                "protection", "nursing", "therapy", "camhs"})
# A therapy is a service whatever it uses: 'play therapy', 'music therapy', 'art therapy' (LEISURE aside)
THERAPIES = frozenset({"therapy", "therapies", "therapist", "therapists", "counselling", "counsellor"})

# The child's own attributes: the subject of a measure ('Ioan's attendance', 'Ella's weight'). Such a
# sentence is about the service only when its verb is a service's act done to the attribute ('will be
# checked at each meeting'); 'Ella's weight will stay on her growth line' is the child's life.
CHILD_ATTRIBUTES = frozenset({
    "attendance", "weight", "growth", "height", "health", "well-being", "wellbeing", "behaviour", "progress",
    "needs", "development", "speech", "language", "communication", "emotions", "feelings", "mood", "sleep",
    "teeth", "reading", "learning", "views", "wishes", "safety", "school", "education", "mental", "voice",
})

# Past participles of what a service does: in the passive they make the sentence a service's act
# ('Ella will be assessed', 'Ioan's well-being will be checked'). 'seen' only counts with 'by' a provider;
# 'weighed' and 'observed' do not count: her weight on its line, or what she is seen doing, is her life.
SERVICE_PARTICIPLES = frozenset({
    "offered", "given", "provided", "referred", "re-referred", "registered", "allocated", "assigned", "enrolled",
    "signposted", "assessed", "reassessed", "re-assessed", "reviewed", "monitored", "measured", "checked",
    "visited", "supported", "helped", "encouraged", "funded", "commissioned", "arranged", "escorted",
    "transported", "screened", "tested", "consulted", "discussed", "considered", "approved", "delivered",
    "planned", "identified", "agreed", "recorded", "supervised", "booked",
    "placed", "amended", "updated", "completed", "submitted", "undertaken", "reported", "audited", "scored",
    "graded", "rated", "evaluated", "tracked", "discharged", "accommodated", "safeguarded", "protected",
    "listed", "documented", "addressed", "linked", "matched",
    # being reached by the process: 'Dad will be contacted', 'Mum will be notified of the decision'
    "contacted", "notified", "informed", "interviewed",
    # taken in or moved by a service: 'admitted to hospital for assessment', 'transferred to the disability team',
    # given a home by one
    "admitted", "readmitted", "transferred", "rehoused", "resettled",
    # written into the process's papers: 'What matters to Ifan will be written down in his profile', 'her
    # wishes will be captured', 'noted', 'logged' ('written' only in the passive: 'Ifan will have written...')
    "written", "noted", "logged", "captured", "minuted",
    # the process's listening and its records: 'Cai will be listened to', 'his voice will be heard in the plan',
    # 'flagged on police systems'
    "listened", "heard", "flagged",
    # where the child lives decided by the process: 'Gwen will be adopted', 'fostered by a family nearby'
    "adopted", "fostered",
    # equipment put in by a service, had by the child: 'have a hoist fitted', 'a ramp installed at home'
    "fitted", "installed",
    # (oe11) a doctor's and a court's decisions done to the child: 'prescribed medication by his GP', 'remanded to
    # local authority accommodation'
    "prescribed", "remanded",
})
# Of those, the ones that before 'from' say what the child is kept away from, which is the child's safety:
# 'protected from seeing his parents argue' (as against 'protected through the plan', a means)
SHIELDED_FROM = frozenset({"protected", "safeguarded", "shielded"})
# Passives that are a service's act only when a provider or an institution does them: 'looked after by the
# local authority' (as against 'looked after by Nain every weekend')
BY_A_SERVICE = frozenset({"looked", "cared", "raised"})
# Measurement as the whole clause is monitoring ('Baby Efa will be weighed weekly'); with a later clause it is
# how a change is known ('Mali is weighed at every clinic and her weight follows her growth line')
MEASURED_ONLY = frozenset({"weighed"})
# Known to a service: 'known to the police as at risk', 'known to CAMHS' (the process's record of the child)
KNOWN = frozenset({"known"})
# Verbs that go on with '-ing' after 'on': 'carry on seeing his physio', 'keep on going to the group'
GO_ON = frozenset({"carry", "keep", "carries", "keeps", "carrying", "keeping"})
# Of the things of the process, the ones that name an aim: an outcome that is only one of them ('Improved
# outcomes for Caio') is vague, not a service
AIMS = frozenset({"outcomes", "targets", "goals", "progress"})
# After the head of an outcome written without a verb, what may follow it: for whom, from whom, how often
# ('Respite care for Lowri', 'Visits from the family support worker every week'); a word that could be a
# verb's object ('The school reports that...') means the head was a verb
VERBLESS_NEXT = frozenset({"for", "to", "from", "with", "at", "in", "on", "by", "every", "each", "weekly", "daily",
                           "monthly", "fortnightly", "termly", "twice", "once", "when", "as", "and", ",", "(", ";"})
# A phrase after one of these is who the child is at odds with, not a means: 'out of trouble with the police'
AT_ODDS = frozenset({"trouble", "problems", "arguments", "argument", "fights", "fight", "conflict", "rows",
                     "row", "run-ins", "issues"})

# After 'seen' or 'spoken to', the words of a worker's visit ('will be seen alone', 'seen every ten days')
VISIT_WORDS = frozenset({"alone", "every", "each", "weekly", "fortnightly", "monthly", "regularly", "once",
                         "twice", "within"})
# Past participles of being moved: taken to a service ('will be taken to her appointments') is an
# attendance, taken to school or to the park is the child's day
MOVED_PARTICIPLES = frozenset({"taken", "brought", "driven", "accompanied", "walked", "dropped", "collected",
                               "moved", "relocated",
                               # the child's name or details handed on to a service: 'will have her name passed to
                               # the children missing education officer', 'his details sent to the police'
                               "passed", "sent", "forwarded", "shared"})
# Participles of attending, put in the passive: someone else makes the child attend ('will be engaged in
# support', 'enrolled on the programme', 'taken into care', 'kept on the register'); 'will be used to the new
# arrangements' (grown used to them) is the child's own
PASSIVE_ATTENDANCE = frozenset({"engaged", "enrolled", "signed", "booked", "kept", "taken", "brought", "accepted",
                                "started", "begun", "put"})
# Participles that are a service's act only when what follows them is one: 'invited to the core group',
# 'involved in the planning meeting', 'included in the review' (as against 'invited to her friends' parties',
# 'involved in cooking tea with Dad')
OBJECT_DECIDES = frozenset({"invited", "involved", "included", "welcomed", "introduced"})
# ...and the process's own work, as what the child is involved in: 'involved in planning his move'
PROCESS_WORK = frozenset({"planning", "decisions", "decision", "decision-making"})
# Participles by which the process decides what the child is, before 'as' and one of STATUSES: 'recognised as
# a victim in his own right', 'treated as a child first', 'classed as a child in need' ('her work will be
# recognised' is praise, 'treated as one of the team by the older boys' is friendship)
STATUS_PARTICIPLES = frozenset({"recognised", "recognized", "treated", "classed", "classified", "deemed",
                                "regarded", "registered", "identified", "categorised", "categorized"})
STATUSES = frozenset({"victim", "victims", "carer", "carers", "child", "children", "priority", "offender",
                      "offenders", "witness", "witnesses", "leaver", "leavers", "survivor", "survivors", "adult",
                      "person", "homeless", "vulnerable", "eligible"})
# A later clause after one of these sets the scene of the outcome ('... while the family lives in the
# refuge'): it says where the child's day takes place, not what will be different, and is not read
BACKGROUND_WORDS = frozenset({"while", "whilst"})
# Verbs by which the child (or a parent) receives something: what is received is provision, whatever it is,
# unless it is one of RECEIVED_IN_DAILY_LIFE.
PROVISION_VERBS = frozenset({"receive", "access"})
RECEIVED_IN_DAILY_LIFE = frozenset({"praise", "presents", "present", "certificate", "certificates", "award",
                                    "awards", "letter", "letters", "cards", "card", "hugs", "hug", "compliments",
                                    "pocket", "money", "gifts", "gift", "treat", "treats", "birthday",
                                    # given or offered in the child's day: 'offered a snack', 'given choices'
                                    "snack", "snacks", "drink", "drinks", "cuddle", "cuddles", "choice", "choices"})
# Places of the child's day that 'access' reaches: 'access the playground at break without an adult'
ACCESSED_IN_DAILY_LIFE = frozenset({"playground", "park", "garden", "library", "canteen", "shop", "shops", "toilet",
                                    "toilets", "kitchen", "classroom", "town", "pool", "beach", "bus", "buses",
                                    "internet", "outdoors", "stairs", "bathroom", "fridge"})
# Participles of giving: what is given decides ('given her pocket money' is the child's day, 'given a mentor' not)
GIVEN = frozenset({"offered", "given", "provided"})

# 'accept' and 'benefit from' only with a service ('accept the referral'; not 'accept a cuddle from Mum')
# Verbs that are an attendance or a provision when what follows is a service or a provider ('have a
# mentor', 'take part in the assessment', 'go to a social skills group', 'see the school nurse'), and the
# child's own life otherwise ('have friends', 'take part in outdoor play', 'go to school', 'see her nan').
ATTENDANCE_VERBS = frozenset({
    "have", "get", "use", "attend", "go", "come", "take", "participate", "join", "engage", "complete", "finish",
    "start", "begin", "continue", "keep", "book", "see", "meet", "visit", "sign", "stay", "remain", "work",
    "undertake", "be", "drop", "accept", "benefit",
    # doing what a service sets: 'do forty hours of unpaid work', 'do the parenting course' ('do her homework', 'do
    # well at school' name no service)
    "do",
    # where the child lives is a placement when it is a service's ('move into supported accommodation', 'stay
    # at the mother and baby unit', 'live in foster care'), and the child's home otherwise ('live with Nain')
    "move", "live",
    # what the child needs is provision when it is a service's ('Rhys needs a key worker', 'needs his care
    # needs met'), and the child's life otherwise ('needs his dinner on time')
    "need",
})
# Getting in touch with someone: an attendance when it is a provider ('will ring his social worker every week'),
# the child's own day when it is family or a friend ('ring Nain'), or a person turned to in the moment ('text
# her key worker when she feels unsafe')
CONTACT_VERBS = frozenset({"contact", "ring", "phone", "call", "email", "text", "message"})
# Doing what the plan or a service asks: 'agree to the plan', 'follow the health visitor's advice', 'keep to
# the written agreement', 'let the workers into the home'. What is agreed to or followed must be the plan's or
# a service's (PLAN_TERMS, or a service or provider): 'follow the rules at home' and 'agree with her sister'
# are the child's own day. 'agree to see the school nurse' is read through its infinitive.
COMPLIANCE_VERBS = frozenset({"agree", "comply", "cooperate", "co-operate", "follow", "stick", "abide", "adhere",
                              "allow", "let", "accept", "keep"})
# Heeding what the plan or a service says: 'listen to the health visitor's advice', 'act on the advice of his
# youth worker'. Only the plan's or a service's words count, never the people ('listen to his teacher' is the
# child's day at school)
HEED_VERBS = frozenset({"listen", "act"})
PLAN_TERMS = frozenset({"plan", "plans", "agreement", "agreements", "advice", "recommendation",
                        "recommendations", "guidance", "contract", "contracts", "conditions", "requirements",
                        "programme", "regime", "treatment",
                        # 'keep to the terms of his referral order', 'stick to the terms of the agreement'
                        "terms"})
# Words before 'need' that turn it round: 'will no longer need support at lunchtime' is a change in the child
NEED_NEGATIONS = frozenset({"not", "longer", "never", "less", "hardly"})
# The child goes to a person of the plan when something happens ('go to his key worker when he is upset'):
# seeking comfort or help in the moment is the child's own day, not an attendance. Only people: going to a
# clinic or a team when ill is still a service's place.
IN_THE_MOMENT = frozenset({"when", "whenever", "if"})
NOT_PERSONS = frozenset({"staff", "team", "agency", "agencies", "service", "services", "panel", "clinic", "police",
                         "camhs", "core group", "virtual school"})
# The child's part in the process: telling, showing or explaining something to one of its meetings or bodies
# ('Nia will tell the core group what would make home better', 'Cai will explain to the panel...'), where
# telling Nain or a teacher is the child's own day
TOLD_TO = frozenset({"tell", "tells", "told", "telling", "show", "shows", "showed", "shown", "showing", "explain",
                     "explains", "explained", "explaining", "share", "shares", "shared", "sharing", "say", "says",
                     "said", "write", "writes", "wrote", "present", "presents"})
PROCESS_BODIES = frozenset({"core group", "conference", "conferences", "panel", "panels", "meeting", "meetings",
                            "review", "reviews", "court", "judge", "magistrates", "chair", "tribunal"})
# A pronoun after the head starts a relative clause without 'that' ('the services she needs'): the phrase
# ends before it
CLAUSE_PRONOUNS = frozenset({"i", "you", "he", "she", "it", "we", "they"})
# A particle or preposition that belongs to the verb: 'take part in', 'go to', 'engage with', 'drop in to',
# 'stay at'.
PARTICLES = frozenset({"part", "in", "to", "with", "up", "for", "on", "into", "along", "back", "out", "from", "at",
                       # 'stay overnight at the respite centre': the time between the verb and where
                       "overnight"})

# Words that end the object's noun phrase: prepositions, conjunctions, times.
PHRASE_ENDS = frozenset({
    "with", "at", "in", "on", "for", "to", "by", "from", "about", "during", "until", "within", "through",
    "before", "after", "so", "that", "because", "when", "if", "while", "where", "which", "who", "every", "each",
    "twice", "once", "daily", "weekly", "monthly", "termly", "fortnightly", "as", "than", "but", "or", "of",
    "and", "around", "over", "under", "without", "into", "onto", "across", "per", "like", "such", "away",
    "off", "together", "again", "instead", "too", "also", "not",
    # 'her immunisations up to date'
    "up",
})
# Numbers end a phrase that has its head ('the speech therapist three times'), and start one that has not
# After the head of a phrase, an article before one of these starts how often, not more of the phrase: 'twenty-five
# hours of appointments a week', 'fifteen hours of funded childcare a week'
PER_TIME = frozenset({"week", "month", "day", "year", "fortnight", "term", "night", "weekend", "half-term"})
NUMBERS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                     "twelve", "half", "several", "many", "few",
                     # the larger numbers a plan writes in words ('fifteen hours', 'twenty-five hours': a compound
                     # is read by its first part, see outcome_reading._is_number)
                     "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
                     "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred"})
# 'a group of friends', 'two hours of help': the noun after 'of' is the head
QUANTITIES = frozenset({"group", "groups", "lot", "lots", "number", "couple", "range", "bit", "piece", "course",
                        "set", "variety", "bunch", "circle", "list", "hour", "hours", "minute", "minutes", "amount",
                        "plenty", "day", "days", "week", "weeks", "block", "series", "package", "programme"})
DETERMINERS = frozenset({"the", "a", "an", "her", "his", "their", "my", "our", "your", "its", "this", "that",
                         "these", "those", "some", "any", "all", "both", "each", "every", "regular", "weekly",
                         "new", "further", "more", "extra", "additional", "appropriate", "relevant", "own",
                         # how often, before the noun: 'daily visits', 'monthly sessions'
                         "daily", "fortnightly", "monthly", "termly"})

# Irregular past forms and participles read as their verb.
IRREGULAR = {
    "put": "put", "has": "have", "had": "have", "having": "have", "gets": "get", "got": "get", "getting": "get",
    "goes": "go", "went": "go", "gone": "go", "going": "go", "comes": "come", "came": "come", "took": "take",
    "taken": "take", "takes": "take", "taking": "take", "sees": "see", "saw": "see", "seen": "see",
    "seeing": "see", "met": "meet", "meets": "meet", "meeting": "meet", "kept": "keep", "keeps": "keep",
    "began": "begin", "begun": "begin", "does": "do", "did": "do", "done": "do", "is": "be", "are": "be",
    "was": "be", "were": "be", "been": "be", "being": "be", "spoken": "speak", "spoke": "speak",
    "known": "know",
}

# A score that a service's tool gives the child, as the subject ('Osian's SDQ score will come down', 'Cerys's score on
# the wellbeing scale will rise to 7'): the service's measurement, not the child's day. A score the child gives
# ('giving it 8 out of 10') is not a subject, and a test at school ('her spelling test scores') names no tool.
SCORES = frozenset({"score", "scores", "rating", "ratings"})
SCORE_TOOLS = frozenset({"scale", "scales", "sdq", "boxall", "star", "profile", "questionnaire", "scaling", "wellbeing",
                         "well-being", "risk", "assessment", "tool", "measure", "checklist", "matrix", "rcads", "gcp",
                         "outcome", "outcomes", "strengths", "difficulties", "screening"})
# Telling a provider, asked of a parent: 'Dad will tell the social worker about any changes', 'inform the social worker
# of', 'let the social worker know', 'keep the social worker informed' (the child telling her social worker is her own
# voice: 'Dylan will tell his social worker he feels safe at home')
INFORM_VERBS = frozenset({"tell", "tells", "inform", "informs", "update", "updates", "notify", "notifies", "let", "lets",
                          "keep", "keeps", "report", "reports"})
# What a parent answers when a provider gets in touch: 'answer the social worker's calls', 'answer the door to the
# workers' ('Osian will answer his phone when he is out' is his own)
ANSWERED = frozenset({"door", "phone", "calls", "call", "messages", "message", "texts", "letters", "emails", "questions"})
# Doing what a provider asks: 'do what the social worker asks', 'do as the workers say'
ASKS = frozenset({"asks", "ask", "asked", "says", "say", "said", "tells", "tell", "told", "wants", "advises", "advised",
                  "suggests", "suggested", "recommends", "recommended"})
# The child's own body, checked or treated: 'have her eyes tested ... so she can see the board', 'have her two bad
# teeth treated' is the child's health and what she gets from it, where 'be registered with a dentist' is the process
BODY_PARTS = frozenset({"teeth", "tooth", "eyes", "eye", "eyesight", "sight", "ears", "ear", "hearing", "feet", "skin"})
TREATED = frozenset({"treated", "fixed", "filled", "removed", "mended", "taken"})
ANSWER = frozenset({"answer", "answers", "answering", "answered", "return", "returns", "respond", "responds", "open",
                    "opens"})
DO = frozenset({"do", "does", "doing", "did"})
AS_ASKED = frozenset({"what", "whatever", "as", "everything", "all"})
# 'make sure' and 'ensure' lead a clause of their own, read as a clause ('make sure the workers can see Tomos')
ENSURE = frozenset({"ensure", "ensures", "ensuring"})
MAKE = frozenset({"make", "makes", "making"})
# (oe9) A plan the child keeps and uses herself ('use her safety plan when the thoughts come', 'use his calm-down plan'):
# her own coping, as going to her key worker when upset is; 'use the service', 'use the plan' stay an attendance
OWN_PLANS = frozenset({"plan", "plans"})
OWNERS = frozenset({"her", "his", "my", "their", "your"})
# (oe9) A provider made to act, with the bare verb after it ('have an occupational therapist visit his bedroom', 'have the
# school nurse check her inhaler'): the provider's visit or check, had ('have Nain visit', 'have friends come over' are
# the child's day: not providers)
MADE_TO_ACT = frozenset({"visit", "come", "check", "see", "assess", "call", "ring", "phone", "help", "support", "talk",
                         "work", "review", "explain", "show", "meet", "watch", "look", "sit", "stay", "go", "take",
                         "teach", "advise", "observe", "test", "weigh", "measure"})
# (oe9) The process's documents and moves of school and early years named as what is had ('a managed move to another
# school', 'a communication passport at nursery'); her own passport for a holiday is not one of them
SERVICE_NOUNS = SERVICE_NOUNS | frozenset({"managed move", "managed moves", "communication passport",
                                           "communication passports", "health passport", "pupil passport"})
# (twen) A school's room or a communication or visual aid handed to the child, as the Welsh reading has it ('cael
# ystafell dawel'): 'will have a quiet room at school', 'will get a new communication device', 'will have a visual
# timetable'. Only had or got, and not her own one ('have her communication device with her'): going to the quiet
# room when she is cross, or asking for a drink with her device, is her own day
PROVIDED_AIDS = frozenset({"quiet room", "quiet rooms", "quiet space", "quiet spaces", "calm room", "calm space",
                           "calm box", "safe space", "communication device", "communication devices",
                           "communication aid", "communication aids", "communication book", "communication board",
                           "communication boards", "communication app", "aac device", "aac devices", "aac",
                           "visual timetable", "visual timetables",
                           "visual schedule", "visual schedules", "visual aid", "visual aids", "visual supports",
                           "picture timetable", "picture cards", "next board", "pecs", "exchange system",
                           "hearing aid", "hearing aids",
                           "workstation", "work station", "ear defenders", "sensory box", "sensory breaks"})
# ...though a room or a space in the family's home is the family's ('a quiet space to do her homework at home')
ROOMS_AND_SPACES = frozenset({"room", "rooms", "space", "spaces"})
AT_HOME = frozenset({"home", "bedroom", "bedrooms", "house", "flat"})
# (twen) A health check kept at a set frequency, as the Welsh reading has it ('mynd at y deintydd bob chwe mis'): 'will
# go to the dentist every six months', 'will see the optician once a year' (going when his tooth hurts is his own care)
HEALTH_CHECKERS = frozenset({"dentist", "dentists", "optician", "opticians", "optometrist", "orthodontist", "gp",
                             "doctor", "doctors", "doctor's", "hygienist", "audiologist", "dental", "surgery"})
# ...and the words that say how often: 'every six months', 'once a year', 'twice a year', 'each term', 'regularly'
FREQUENCY_WORDS = frozenset({"every", "each", "once", "twice", "regularly", "yearly", "annually", "six-monthly",
                             "monthly", "termly", "routinely", "fortnightly"})
PERIODS = frozenset({"week", "weeks", "month", "months", "year", "years", "term", "terms", "fortnight", "fortnights"})
CHECK_VERBS = frozenset({"go", "see", "visit", "attend"})
# (twen) The words between the child's needs and 'met' in the passive: "will be met", "will continue to be met",
# "are being met", "will always be fully met" (and any -ly word: 'appropriately', 'consistently')
MET_BETWEEN = frozenset({"will", "shall", "should", "must", "can", "could", "would", "be", "been", "being", "is", "are",
                         "continue", "continues", "to", "always", "all", "still", "now", "well", "properly", "also",
                         "then", "already", "again", "fully", "consistently", "have", "has"})
# (twen) Where the child's needs are met ('met at home', 'met in a specialist setting', 'met within the family'), and
# the family who meet them as their own day ('met by Mum', 'by his grandparents')
MET_WHERE = frozenset({"at", "in", "within", "through", "via"})
FAMILY_WHO_MEET = frozenset({"mum", "dad", "mam", "mother", "father", "parent", "parents", "family", "grandparents",
                             "grandparent", "nain", "taid", "nan", "gran", "grandma", "grandad", "aunt", "auntie",
                             "aunty", "uncle", "sister", "brother", "carer", "carers", "stepdad", "stepmum", "step-dad",
                             "step-mum"})
# (twen) Targets the child meets as her own learning ('meet his targets in maths'), unless a plan or a provider sets
# them ('meet the targets in his IDP', 'his targets set by the social worker', 'his IEP targets')
OWN_TARGETS = frozenset({"targets", "target", "goals", "goal"})
TARGET_SETTERS = frozenset({"plan", "plans", "iep", "ieps", "idp", "idps", "pep", "peps", "ehcp", "ehcps", "review",
                            "reviews", "set", "agreed", "order", "contract", "agreement", "conference", "meeting",
                            "meetings", "intervention", "programme"})
# (oe10) A home the child's needs are met in is the family's day, as the family meeting them is ('met in a loving
# home', 'met in her family home'), unless the home is one of the care system's ('met in a residential children's home')
HOMES = frozenset({"home", "homes", "house", "household"})
CARE_HOMES = frozenset({"children's", "childrens", "residential", "care", "foster", "group", "nursing", "secure",
                        "specialist", "supported", "respite", "short-break", "short-breaks"})
# (oe10) A course of study the young person takes is her own week, as a work or college placement is ('start a college
# course', 'a university course'); a course a service runs stays found ('an anger management course')
STUDY_PLACES = frozenset({"college", "university", "uni", "degree", "gcse", "gcses", "a-level", "a-levels", "btec",
                          "apprenticeship", "sixth-form", "foundation"})
# (oe10) The process's papers had: 'have a copy of her plan', 'get copies of the minutes'
COPIES = frozenset({"copy", "copies"})
PROCESS_PAPERS = frozenset({"plan", "plans", "minutes", "report", "reports", "assessment", "assessments", "review",
                            "reviews", "agreement", "agreements", "order", "orders", "profile", "passport"})

# (twen2) The English twins of what the Welsh reading learned from its fourth blind round (cw12): the short-break house
# a disabled child goes to ('go to the short break house one night a week', as 'stay at the respite centre' is), life
# journey work ('have life journey work', as 'life story work' and 'direct work' are), structured education on a
# condition ('have structured education about diabetes'), and a bed and breakfast the council houses a young person in
# ('live in a bed and breakfast', read as one word by outcome_reading._words)
SERVICE_NOUNS = SERVICE_NOUNS | frozenset({"break house", "breaks house", "short-break house", "short-breaks house",
                                           "respite house", "story work", "journey work", "structured education",
                                           "psychoeducation", "psycho-education", "bed-and-breakfast"})
# (twen2) Moved or housed by the process: 'will be housed in emergency accommodation', 'will be moved from the bed and
# breakfast to supported accommodation' (moved from a place: see outcome_reading._read_clause; moved
# to one is read with MOVED_PARTICIPLES); moving to his own flat is his own step
SERVICE_PARTICIPLES = SERVICE_PARTICIPLES | frozenset({"housed"})
MOVED_FROM = frozenset({"from", "out"})
# (twen2) A stay at a service's place, had: 'have an overnight stay at the respite centre every month' ('have a
# sleepover at her friend's house', or at the short break house, is her own night)
STAYS = frozenset({"stay", "stays", "overnight", "overnights", "night", "nights", "weekend", "weekends", "break",
                   "breaks"})
# (twen2) Medication had or started, as the Welsh reading has 'cael meddyginiaeth': 'will get ADHD medication', 'will
# have medication for his ADHD', 'will start on medication'. His own medicine taken is his day ('have his medicine with
# his breakfast', 'take his tablet'), as is medicine had when he needs it ('have medicine when his ear hurts')
MEDICINES = frozenset({"medication", "medications", "medicine", "medicines", "meds", "prescription", "prescriptions"})
MEDICINE_VERBS = frozenset({"have", "get", "start", "begin", "try"})
MEALS = frozenset({"breakfast", "lunch", "tea", "dinner", "supper", "meal", "meals", "food", "bedtime", "school"})
# (twen2) Controls the adults put on the child's phone or computer, as the Welsh reading has them ('Bydd hidlydd yn cael
# ei osod ar liniadur Nia', 'rheolaethau rhieni ar ffôn Nia'): 'Parental controls will be set up on Cai's phone', 'A
# filter will be put on Nia's computer', 'There will be parental controls on Nia's phone'. A control word counts with a
# word that makes it one ('parental controls', 'a monitoring app', 'safety settings'), a filter alone; the child setting
# her own phone ('set her phone to go quiet at nine') is her day (see outcome_reading._device_control)
CONTROLS = frozenset({"controls", "control", "filter", "filters", "filtering", "app", "apps", "software", "settings",
                      "restrictions", "blocker", "blockers", "blocks", "limits", "lock", "locks"})
CONTROL_MARKS = frozenset({"parental", "content", "internet", "web", "safety", "monitoring", "tracking", "filtering",
                           "blocking", "spy", "location", "age", "screen-time", "parent"})
BARE_CONTROLS = frozenset({"filter", "filters", "filtering"})
DEVICES = frozenset({"phone", "phones", "mobile", "mobiles", "smartphone", "computer", "computers", "laptop", "laptops",
                     "tablet", "tablets", "ipad", "ipads", "console", "consoles", "xbox", "playstation", "device",
                     "devices", "chromebook", "pc", "internet", "wifi", "wi-fi", "router", "broadband"})
CONTROL_PLACES = frozenset({"on", "onto", "to", "for", "in"})
