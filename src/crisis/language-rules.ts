// Risk said in another language. Many practitioners are bilingual, and a wish to die, a fear for
// their safety or a client's emergency often comes out in the first language ("ya no quiero
// vivir", "ktoś idzie za mną"): of the first-person messages fifteen fresh authors wrote, about
// one miss in five was not in English (decision 008). This is a lexicon of the commonest
// first-person forms in the languages most spoken by US, UK, Irish and Australian practitioners,
// not a translation layer: the English context checks (negation, time, reported speech) still
// run, and each phrase carries its own person and tense, so it needs no English around it.
//
// Phrases are written without accents; fold() lets each vowel and a few consonants match their
// accented forms too, because people type "no quiero vivir mas" and "não quero mais viver" alike.

import type { Rule } from "./rules.ts";

const ACCENTS: Record<string, string> = {
  a: "aáàâãäąă",
  e: "eéèêëęě",
  i: "iíìîïı",
  o: "oóòôõöő",
  u: "uúùûüűů",
  c: "cçćč",
  n: "nñń",
  s: "sśșşš",
  z: "zżźž",
  l: "lł",
  t: "tț",
  g: "gğ",
};

/** Phrases (alternatives joined by |, groups allowed) with every foldable letter accent-blind. */
function fold(phrases: readonly string[]): string {
  const source = phrases.join("|").replace(/[aeiouncszltg]/g, (ch) => `[${ACCENTS[ch]}]`);
  return `(?<!\\p{L})(?:${source})(?!\\p{L})`;
}

/** Phrases in scripts with no accents to fold (Arabic, Cyrillic, Devanagari, CJK, Hangul). */
const verbatim = (phrases: readonly string[]) => `(?:${phrases.join("|")})`;

// A wish to die, a plan, an overdose or self-harm, in the writer's own voice.
const WISH = [
  // Spanish
  "(?<!no )(?:me )?quiero morir(?:me)?|me quiero (?:morir|matar)|(?<!no )quiero (?:matarme|suicidarme|desaparecer para siempre)",
  "(?:ya )?no quiero (?:seguir )?(?:vivir|viviendo|aqui|despertar(?:me)?)|no quiero vivir mas",
  "(?:voy a|pienso en|pensando en|he pensado en|quiero|ganas de) (?:matarme|suicidarme|quitarme la vida|acabar con (?:mi vida|todo)|terminar con (?:mi vida|todo))",
  "(?:he pensado en|pienso en|voy a|quiero) (?:tirarme|lanzarme|aventarme) (?:del|de un|de una|al|a las|por la|bajo el) (?:puente|edificio|tren|metro|vias|ventana|balcon)",
  "me voy a (?:matar|suicidar)|quitarme la vida|(?:estarian|estaria) mejor sin mi",
  "dormir(?:me)? y no despertar|no despertar(?:me)? (?:nunca|mas|jamas)|mi vida (?:ya )?no tiene sentido",
  "(?:quiero|pienso en|pensando en|solo pienso en) desaparecer(?:,? (?:de verdad|para siempre))|(?:pensando en|voy a) tomarmelas todas|(?:tengo )?todas las pastillas contadas",
  "ya no quiero seguir|(?:como|pensando en como|pienso en como) (?:terminar|acabar) con (?:esto|todo)(?: esta noche| hoy)?",
  "cansad(?:o|a) de vivir|me corte (?:las venas|los brazos|otra vez|de nuevo)|me (?:volvi|he vuelto) a cortar",
  "(?:me tome|me he tomado|me voy a tomar|voy a tomarme) (?:todas las|un bote de|una caja de|todo el bote de) (?:pastillas|pastillas que tengo|medicinas|pildoras)",
  // Portuguese
  "(?<!nao )quero morrer|(?:ja )?nao quero (?:mais )?viver|cansad(?:o|a) de viver|vou me (?:matar|suicidar)",
  "(?:quero|penso em|pensando em|pensei em|vontade de) (?:me matar|me suicidar|tirar a minha (?:propria )?vida|acabar com (?:tudo|a minha vida))",
  "(?:voltei a|vou) me cortar|me cortei (?:de novo|outra vez|ontem)|guardei os comprimidos|dormir e nao acordar|nao acordar mais|(?:seriam|estariam|ficariam) melhor sem mim|tomei todos os (?:comprimidos|remedios)",
  // French
  "(?<!ne )je veux mourir|j'ai envie de (?:mourir|crever|disparaitre pour de bon)|envie d'en finir|je vais en finir",
  "(?:j'ai )?pense (?:serieusement |souvent )?a en finir|en finir avec (?:la vie|ma vie|moi)",
  "me suicider|(?:je vais|je veux|envie de|pense a) me tuer|je ne veux plus vivre|(?:m'endormir|dormir) et ne (?:jamais|plus) me reveiller",
  "(?:serai(?:en)?t|seraient) mieux sans moi|marre de vivre|fatiguee? de vivre|disparaitre pour de bon",
  "je me suis (?:coupee?|scarifiee?)|j'ai pris tous mes (?:cachets|medicaments|comprimes)|je n'ai plus envie de vivre",
  "j'ai avale (?:toute la boite|tous mes|tous les) (?:de )?(?:somniferes|cachets|medicaments|comprimes)?|envie de foncer dans un (?:mur|arbre)",
  // Italian
  "(?<!non )voglio morire|non voglio piu vivere|(?:voglio|vorrei|(?:penso|pensato|pensando) (?:seriamente |spesso |davvero )?di) farla finita|(?:voglio|penso di|pensato di) (?:uccidermi|suicidarmi|ammazzarmi|togliermi la vita)",
  "quando non ci saro piu|togliermi la vita|stanc(?:o|a) di vivere|(?:starebbero|sarebbero) meglio senza di me|dormire e non svegliarmi piu",
  // German
  "ich (?:will|mochte) (?:sterben|nicht mehr leben|mich umbringen|nicht mehr aufwachen)|will nicht mehr leben",
  "mir das leben nehmen|meinem leben ein ende (?:setzen|machen)|ich bin lebensmude|einschlafen und nicht mehr aufwachen",
  "(?:ich bin|bin ich) (?:so |einfach |ehrlich gesagt |wirklich )?lebensmude|(?:wunsche mir|will)(?: einfach)?,? nicht mehr (?:aufzuwachen|aufwachen|zu leben)",
  "(?:waren|ware) (?:alle )?besser (?:dran )?ohne mich|(?:ich )?habe mich (?:wieder )?geritzt",
  "ich habe (?:heute(?: abend)? )?(?:alle )?(?:meine )?(?:schlaf)?tabletten genommen",
  "(?:plane|uberlege|uberlege mir|denke daruber nach),? wie ich es (?:machen|tun) (?:wurde|werde)",
  // Dutch
  "ik ben het leven (?:zo |echt )?moe|ik ben levensmoe|ik wil (?:dood|sterven|niet meer leven)|ik wil er (?:gewoon )?niet meer zijn|(?:beter|beter af) zonder mij",
  "mezelf (?:van het leven beroven|iets aandoen|doodmaken|om het leven brengen)",
  // Polish
  "chce umrzec|chce mi sie umrzec|nie chce (?:juz )?(?:zyc|sie (?:juz )?budzic)|zabije sie|(?:chce|mysle o tym,? zeby) sie zabic",
  "skonczyc ze soba|odebrac sobie zycie|skoczyc pod (?:pociag|most|tramwaj|auto)|(?:lepiej|byloby lepiej) beze mnie",
  "zmeczon(?:a|y) zyciem|gdybym sie (?:juz )?nie obudzil(?:a)?|zniknac na dobre|(?:zasnac|usnac) i (?:sie )?nie obudzic|mam dosc zycia|(?:pociel(?:am|em)|ciel(?:am|em)) sie|cial(?:am|em) sie",
  // Romanian
  "nu mai vreau sa (?:traiesc|traiesc)|vreau sa mor|sa ma (?:sinucid|omor)|sa-mi iau viata|sa termin (?:totul|cu viata|cu tot)",
  "mai bine fara mine",
  // Tagalog
  "gusto ko (?:nang|na|ng) (?:mamatay|magpakamatay)|magpapakamatay ako|ayoko (?:nang|na) (?:talaga )?mabuhay",
  "(?:matulog|makatulog) (?:na lang )?at hindi na (?:ako )?magising|sana hindi na (?:ako )?magising|pagod na (?:akong |ako )?mabuhay",
  "wala nang saysay ang buhay ko",
  // Hindi and Urdu, romanised
  "(?:marna|mar jaana|mar jana|mar jaun|mar jaaun) chaht(?:a|i) h(?:oo|u|o)n|jeena nahi?n? chaht(?:a|i)|khud ?kushi kar",
  "(?:jeene|jine) ka (?:mann|man|dil) nahi|neend ki goliyan jama kar (?:li|lee) hain",
  "(?:sona hai|so jaun|so jaana hai|sona chahta|sona chahti)(?: \\S+){0,2} kabhi nahi?n? (?:uthna|uthun|uthoon|uthunga|uthungi)",
  // Afrikaans, Indonesian and Malay
  "ek wil (?:net )?(?:dood(?:gaan)?|sterf)|ek wil nie meer lewe nie|(?:ek gaan )?myself doodmaak|selfmoord pleeg",
  "(?:aku|saya) (?:ingin|mau|nak|pengen) mati|(?:ingin|mau|nak|pengen) bunuh diri|(?:ingin|mau|nak) mengakhiri hidup|(?:tidak|nggak|gak|tak) (?:mau|nak|ingin) hidup lagi",
  // Indian English
  "not feeling to live",
  // Irish, Scottish Gaelic, Welsh
  "nil fonn orm a bheith (?:anseo|beo)|ni theastaionn uaim (?:a bheith beo|maireachtail)|(?:ta|taim) (?:me )?tuirseach den saol",
  "chan eil mi (?:airson|ag iarraidh) a bhith beo|tha mi airson basachadh",
  "(?:dw i|dwi) ddim (?:eisiau|isio|moyn) (?:deffro|byw)|wedi blino ar fyw|cymryd y tabledi i gyd|(?:dw i|dwi|rydw i) (?:eisiau|isio|moyn) marw|(?:dw i|dwi) ddim (?:eisiau|isio|moyn) bod yma|lladd fy hun",
  // Turkish, Vietnamese, Swahili, Haitian Creole, Nigerian Pidgin, Jamaican Patois
  "olmek istiyorum|yasamak istemiyorum|kendimi oldur(?:mek|ecegim)|intihar etmek istiyorum",
  "muon chet|khong muon song nua",
  "nataka kufa|nataka kujiua|sitaki kuishi",
  "mwen vle mouri|touye tet mwen",
  "i wan (?:die|kill myself|end am)",
  "mi (?:waan|want) (?:dead|dead now|kill miself)",
];

const WISH_SCRIPTS = [
  // Arabic (Modern Standard, Levantine, Gulf)
  "ما عاد بدي عيش|ما بدي عيش|بدي انتحر|أريد أن أموت|اريد ان اموت|أريد الموت|بدي موت|بدي اموت|نفسي اموت|سأقتل نفسي|ساقتل نفسي|أقتل نفسي|افكر في الانتحار|أفكر في الانتحار",
  // Persian
  "نمی‌خوام زنده باشم|نمیخوام زنده باشم|نمی خوام زنده باشم|می‌خوام بمیرم|میخوام بمیرم|خودکشی کنم",
  // Russian, Ukrainian
  "хочу умереть|не хочу жить|покончить с собой|убить себя|хочу померти|не хочу жити|вбити себе|покінчити з собою",
  // Hindi, Urdu
  "मरना चाहता|मरना चाहती|जीना नहीं चाहता|जीना नहीं चाहती|आत्महत्या कर|مرنا چاہتا|مرنا چاہتی|خودکشی کر",
  // Chinese, Korean
  "我想死(?![你您他她])|不想活|活不下去|活着没意思|想自杀|죽고 싶|살기 싫|자살하고 싶|사라지고 싶",
  // Vietnamese with its own tone marks (the folded list has the unmarked spelling)
  "muốn chết|không muốn sống nữa|tự tử|tự sát|cắt tay",
];

// The writer in danger right now, in the present tense: followed, locked in, threatened.
const DANGER = [
  "(?:me esta|me viene|me va) siguiendo|me sigue desde|no me deja (?:salir|irme)|me (?:ha|han) encerrado|me tiene encerrad(?:o|a)",
  "(?:ha|han) cerrado la puerta con llave|me esta amenazando|me amenaza con (?:un|una) (?:cuchillo|pistola|arma|navaja)",
  "(?:quelqu'un|un homme|un type|il) me suit|me suit depuis|ne me laisse pas (?:sortir|partir)|m'a enfermee?|me menace avec",
  "(?:ktos )?idzie za mna|sledzi mnie|nie wypuszcza mnie|zamknal mnie|grozi mi (?:nozem|bronia)",
  "(?:verfolgt mich|folgt mir) (?:seit|schon|bis|gerade|jetzt)|lasst mich nicht (?:raus|gehen|weg)|ich gehe hier nicht raus|hat mich eingesperrt|bedroht mich mit",
  "esta me seguindo|me seguindo desde|nao me deixa sair|me trancou",
  "mi sta seguendo|non mi lascia uscire|mi ha chiuso dentro",
  "(?:hij|iemand) volgt me|laat me niet (?:gaan|weg|eruit)",
];

// Someone else in danger now, told by a witness: on a bridge, a knife at a door, pills just taken.
const CLIENT_NOW = [
  "(?:esta|estan) en el puente|va a (?:saltar|tirarse|matarse|suicidarse)|dice que se va a (?:matar|tirar|suicidar)",
  "tiene un cuchillo y|con un cuchillo (?:en la mano|intentando)|(?:esta )?intentando entrar",
  "se (?:ha tomado|acaba de tomar|tomo) (?:todas las|un monton de|un bote de) (?:pastillas|pildoras)",
  "va sauter|veut sauter|va se (?:tuer|suicider)|a (?:pris|avale) tous ses (?:medicaments|cachets)|a un couteau",
  "vai (?:pular|se matar)|tem uma faca|chce skoczyc|ma noz|will (?:springen|sich umbringen)|hat ein messer",
];

export const LANGUAGE_SELF_RULES: readonly Rule[] = [
  {
    id: "other-language",
    firm: true,
    // Each phrase carries its own negation ("no quiero vivir").
    negatable: false,
    re: new RegExp(`${fold(WISH)}|${verbatim(WISH_SCRIPTS)}`, "gu"),
    // "me quiero morir de risa", "vou me matar de trabalhar", "me voy a matar estudiando": dying of
    // laughter, embarrassment or boredom, working oneself to death. "Farla finita con questa
    // pratica": done with a file, not with life.
    idiomAfter:
      /^ (?:(?:de|a|di) (?:risa|rir|rire|ridere|verguenza|vergüenza|vergonha|hambre|fome|sueño|sueno|calor|frio|frío|aburrimiento|tedio|trabajar|trabalhar|estudiar)|trabajando|estudiando|trabalhando|ja(?:ja)+|con (?:quest[aoie']|sta |sto |(?:il|lo|la|le|i|gli) (?!vita)))/,
  },
  {
    id: "other-language-danger",
    firm: true,
    negatable: false,
    re: new RegExp(fold(DANGER), "gu"),
  },
];

export const LANGUAGE_CLIENT_RULES: readonly Rule[] = [
  {
    id: "other-language-client",
    // The model reads English n-grams and is sure a Spanish emergency is "safe": it may not veto.
    firm: true,
    present: true,
    witnessed: true,
    negatable: false,
    re: new RegExp(fold(CLIENT_NOW), "gu"),
  },
];
