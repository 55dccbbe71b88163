// Closed-class context words for the name detector. These are grammar and domain vocabulary, not
// name lists: the names themselves come from the generated lexicon.
const words = (s: string) => new Set(s.split(" "));

/** Titles and forms of address: the capitalised words after them are a name ("Dr." itself is not). */
export const TITLES = words(
  "mr mrs ms miss mx dr doctor prof professor judge officer detective det sgt sergeant deputy nurse pastor " +
    "rev reverend fr sister aunt auntie uncle grandma grandpa granny nana papa coach principal counselor " +
    "counsellor attorney sheriff trooper dean captain capt lt lieutenant agent rabbi imam bishop madam mister " +
    "sir cousin brother father mother mama mom dad baby lady",
);

/** Nouns for people: "her son Jaylen", "my client, Maria" — the next capitalised word is a name. */
export const PERSON_NOUNS = words(
  "client clients son daughter mother mom mum father dad brother sister grandmother grandma grandfather grandpa " +
    "grandson granddaughter aunt uncle cousin nephew niece boyfriend girlfriend husband wife partner fiance " +
    "fiancee ex baby infant kid kids child toddler teen teenager youth student patient resident tenant neighbor " +
    "neighbour friend stepdad stepmom stepfather stepmother stepson stepdaughter sibling siblings twin twins " +
    "caregiver guardian worker caseworker supervisor supervisee colleague coworker teacher therapist mentee " +
    "parent parents roommate landlord manager boss intern named called name nicknamed aka alias " +
    "victim perpetrator offender survivor defendant respondent petitioner mentor peer foster youngster boy girl " +
    "man woman gentleman mr mrs ms",
);

/** Verbs that often follow a person as subject: "Maria said", "Hope was crying". */
export const SUBJECT_VERBS = words(
  "said says told tells asked asks called calls texted emailed came comes went goes arrived showed left ran " +
    "refused disclosed shared reported stated admitted mentioned explained denied agreed wants wanted needs " +
    "needed seemed looked was is has had did does didn't doesn't isn't wasn't hasn't hadn't won't can't " +
    "couldn't wouldn't cried yelled screamed laughed smiled answered replied started began kept tried moved " +
    "lives lived stayed got gets sat walked knows knew thinks thought felt feels seems looks loves loved " +
    "hates hated hit missed attended would could will should can may might must and who bought brought " +
    "gave took made slept woke wrote drove ate drank fell lost met paid sent spent threw won broke chose " +
    "forgot grew heard hid meant rode sang shook spoke stole swore taught tore understood wore",
);

/** A stricter subset for ambiguous word-names at a sentence start ("Hope said" but not "Hope is"). */
export const SPEECH_VERBS = words(
  "said says told tells asked asks texted emailed cried yelled screamed laughed smiled replied answered " +
    "disclosed shared reported stated admitted mentioned explained denied refused arrived showed wants wanted " +
    "didn't doesn't hasn't wasn't isn't won't can't couldn't lives lived moved",
);

/** Words before a name in running text: "with Maria", "told Jaylen". */
export const NAME_PREPS = words(
  "with told asked met visited saw see seeing and or for from to about by called texted emailed phoned " +
    "helped thank thanks thanked dear hi hello hey love loves leave left tell ask meet visit call text " +
    "mentioned between than like but says said asks asked replied starring featuring",
);

/** A capitalised phrase containing one of these is an organisation or place, not a person. */
export const ORG_WORDS = words(
  "department dept services service charities charity center centre hospital clinic school schools " +
    "elementary middle high academy college university court courts county city state agency foundation " +
    "house shelter church ministries ministry program programme project society association institute " +
    "council board office unit network alliance coalition partnership group inc llc ltd corp corporation " +
    "company bank health healthcare medical behavioral behavioural mental protective administration " +
    "authority commission division bureau team club league library museum park district hall hospice " +
    "jail prison detention police sheriff's academy initiative trust fund coalition outreach pantry " +
    "recovery treatment rehab residence residences apartments towers village manor estates lodge " +
    "street avenue road boulevard drive lane memorial regional general community national international " +
    "american united federal catholic lutheran methodist baptist presbyterian episcopal jewish islamic " +
    "christian salvation army ymca ywca headstart medicaid medicare snap tanf wic",
);

/** After a capitalised word these mark a theory or model: "Gibbs' reflective cycle", "Maslow's hierarchy". */
export const THEORY_WORDS = words(
  "cycle model models theory theories hierarchy framework stages stage triangle approach reflective " +
    "reflection pyramid wheel method scale effect circle ladder matrix technique paradigm principle " +
    "principles questions levels typology continuum",
);

/** Theorists reflective-practice writing cites by surname; never clients. */
export const THEORISTS = words(
  "gibbs kolb schon driscoll maslow bowlby rolfe johns borton freud erikson piaget bronfenbrenner rogers " +
    "ainsworth bandura vygotsky kubler-ross satir minuchin bowen adler jung beck ellis prochaska diclemente " +
    "rollnick karpman winnicott brookfield fook heron egan seligman skinner pavlov gilligan kohlberg marx " +
    "weber durkheim goffman foucault freire lewin perlman addams richmond schein argyris tuckman belbin " +
    "kadushin hawkins shohet proctor thompson",
);

export const DAYS_MONTHS = words(
  "monday tuesday wednesday thursday friday saturday sunday january february march april may june july " +
    "august september october november december jan feb mar apr jun jul aug sep sept oct nov dec",
);

/** Never names whatever the case: pronouns, religious words, labels. */
export const NEVER = words(
  "i god jesus christ lord allah buddha holy spirit bible scripture ok okay hi hello hey thanks dear yes no " +
    "bot user assistant admin name phone email address note notes re fwd subject date dob ssn mrn id " +
    "the a an my your his her our their its he she we you they it me us them this that these those of and " +
    "or but if so to in on at for with by from as is was are be do did has have had not all any some one " +
    "what when where who why how which there here then than also just very after before since while " +
    "because please can could would should shall must might " +
    // Texting shorthand: "lol", "omg", "smh" score as names on letters alone.
    "lol omg smh lmk btw idk tbh imo ugh meh yay brb ttyl wtf hmm haha hahaha lmao rofl nvm thx pls plz " +
    "asap fyi np ya yep nope yeah nah gonna wanna gotta mtg appt iep " +
    // Holidays are capitalised and never people.
    "christmas xmas easter thanksgiving hanukkah chanukah ramadan eid diwali halloween kwanzaa passover " +
    "ramadhan lent advent " +
    // Days of the week ("Friday: court at 9"); months stay out, several are names (June, April).
    "monday tuesday wednesday thursday friday saturday sunday",
);

/**
 * Nationalities, peoples and languages: capitalised, often also a name in the lists ("Irish",
 * "English"), never a person on their own ("the French consulate", "in Japanese").
 */
export const NATIONALITIES = words(
  "american canadian mexican british english irish scottish welsh french german dutch belgian swiss " +
    "austrian italian spanish portuguese greek polish czech slovak hungarian romanian bulgarian serbian " +
    "croatian bosnian albanian ukrainian russian belarusian lithuanian latvian estonian finnish swedish " +
    "norwegian danish icelandic turkish kurdish armenian georgian azerbaijani persian iranian iraqi syrian " +
    "lebanese jordanian palestinian israeli egyptian libyan tunisian algerian moroccan sudanese somali " +
    "ethiopian eritrean kenyan ugandan tanzanian rwandan congolese nigerian ghanaian liberian senegalese " +
    "malian cameroonian angolan zimbabwean zambian malawian mozambican south african afghan pakistani indian " +
    "bangladeshi nepali nepalese sri lankan tamil bengali punjabi hindi urdu gujarati telugu marathi " +
    "burmese thai lao laotian cambodian khmer vietnamese malaysian indonesian filipino filipina tagalog " +
    "chinese mandarin cantonese taiwanese japanese korean mongolian hmong tibetan australian aboriginal " +
    "maori samoan tongan fijian hawaiian cuban haitian dominican puerto rican jamaican guatemalan " +
    "honduran salvadoran nicaraguan costa panamanian colombian venezuelan ecuadorian peruvian bolivian " +
    "chilean argentine argentinian uruguayan paraguayan brazilian hispanic latino latina latinx arabic " +
    "hebrew yiddish swahili amharic tigrinya oromo yoruba igbo hausa zulu xhosa afrikaans creole " +
    "navajo dine cherokee lakota ojibwe inuit yupik european asian african caribbean arab",
);

/** Name particles that may sit inside a name: "Dyan van Gijn", "Maria de la Cruz". */
export const PARTICLES = words(
  "van von der de den da das dos del della di du la le bin ibn al el ter ten y e st",
);
