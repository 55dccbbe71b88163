// Quoted words of someone else. Practitioners relay what a young person has just texted them
// ("jayden texted me 'sorry for everything. unaliving myself now'") and quote slang in training
// ("the one who says 'kms' about the photocopier"). Inside such a quote "i" and "me" are the
// other person, so the first-person rules must not read it as the writer's own risk; a risky
// quote sent just now is the client's emergency instead.
//
// The writer's own quoted words and thoughts stay the writer's: "i texted my sister 'i'm done'",
// "keep thinking 'if i crashed tomorrow...'", "the voices keep saying 'do it'".
// Pure and isomorphic; each regex is linear (no nested unbounded quantifiers).

// A quote opens after a space, bracket, colon or the start, and closes before a space,
// punctuation or the end, so apostrophes inside words ("i'm", "lads'") never open or close one.
const QUOTE =
  /(?<=^|[\s([:,])(?:'(?=\S)((?:[^'\n]|'(?=[a-z])){1,300}?)'(?![a-z0-9])|"([^"\n]{1,300})"|[“‘]((?:[^”’\n]|’(?=[a-z])){1,300}?)[”’](?![a-z0-9]))/giu;

// Who said it: the last word before a speech verb, or "text/message from ...".
const SPEECH_VERB =
  /(?:^|[^a-z'])([a-z0-9')]+)(?: (?:just|also|then|now|literally|finally|again|already|has|had|have|keeps?|kept|is|was|started))* (?:said|says|saying|texted|texts|texting|sent|sends|sending|messaged|messages|messaging|posted|posts|posting|wrote|writes|writing|replied|replies|dmed|dm'd|dms|typed|types|typing|screamed|screaming|shouted|shouting|yelled|yelling|whispered|whispers|muttered|mutters|mumbled|joked|jokes|joking|sang|sings|singing|told|tells|rang|goes|went)\b/g;
// ...or a song, film or phrase being talked about: "the line 'i hurt myself today'".
const FROM_OTHER =
  /\b(?:(?:text|txt|msg|message|dm|note|post|story|voice ?note|email|letter|snap|caption|card|feedback|review|comment)s? (?:from|off) (?!me\b)|(?:song|lyrics?|line|sound|meme|trend|phrase|term|slang|film|movie|book|poem|quote) (?:that goes |called |titled |like |about )?$)/;
// Speakers whose quoted words are the writer's own mind.
const OWN_VOICE = new Set([
  "i",
  "we",
  "i'm",
  "im",
  "voice",
  "voices",
  "head",
  "brain",
  "mind",
  "thoughts",
  "gut",
]);

/** Other people's quotes in `raw`: their [start, end) offsets and contents. */
export interface Quote {
  readonly start: number;
  readonly end: number;
  readonly content: string;
}

// How far back to look for the speaker: the quote's own sentence, bounded.
const SPEAKER_WINDOW = 160;

/** Whose words follow `before` (the text just before a quote, at most SPEAKER_WINDOW long). */
function speaker(before: string): "other" | "own" | "none" {
  const sentence = before.split(/[.!?\n]/).pop() ?? "";
  const lower = sentence.toLowerCase();
  let last: string | undefined;
  for (const m of lower.matchAll(SPEECH_VERB)) last = m[1];
  if (last !== undefined) return OWN_VOICE.has(last) ? "own" : "other";
  return FROM_OTHER.test(lower) ? "other" : "none";
}

// The detector reads each quote on its own, so an adversarial text of thousands of tiny quotes
// must not multiply the work; a real message relays a handful.
const MAX_QUOTES = 32;

/** Quotes attributed to someone other than the writer (the first MAX_QUOTES). Linear in the input. */
export function findOtherQuotes(raw: string): Quote[] {
  const out: Quote[] = [];
  for (const m of raw.matchAll(QUOTE)) {
    if (out.length === MAX_QUOTES) break;
    const content = m[1] ?? m[2] ?? m[3] ?? "";
    if (speaker(raw.slice(Math.max(0, m.index - SPEAKER_WINDOW), m.index)) !== "other") continue;
    out.push({ start: m.index, end: m.index + m[0].length, content });
  }
  return out;
}

/** `raw` with each quote (whole, marks included) replaced by `rewrite(quote)`. */
function rewriteQuotes(raw: string, quotes: readonly Quote[], rewrite: (quote: string) => string): string {
  let out = "";
  let at = 0;
  for (const q of quotes) {
    out += raw.slice(at, q.start) + rewrite(raw.slice(q.start, q.end));
    at = q.end;
  }
  return out + raw.slice(at);
}

/** `raw` with each other-voiced quote replaced: what the writer says in their own voice. */
export function withoutQuotes(raw: string, quotes: readonly Quote[]): string {
  return rewriteQuotes(raw, quotes, () => " (message) ");
}

const THIRD_PERSON: readonly (readonly [RegExp, string])[] = [
  [/\b(?:i'm|im|i am)\b/gi, "she is"],
  [/\b(?:i've|i have)\b/gi, "she has"],
  [/\bi'll\b/gi, "she will"],
  [/\bi'd\b/gi, "she would"],
  [/\bi\b/gi, "she"],
  [/\bmyself\b/gi, "herself"],
  [/\b(?:me|my)\b/gi, "her"],
  [/\bmine\b/gi, "hers"],
  [/\bkms\b/gi, "kill herself"],
];

/**
 * `raw` with the quoted person's first person turned into the third ("'i took them all'" ->
 * "'she took them all'"), so the learned model reads who is at risk as the words mean it.
 */
export function inThirdPerson(raw: string, quotes: readonly Quote[]): string {
  return rewriteQuotes(raw, quotes, (quote) => {
    let inner = quote;
    for (const [re, to] of THIRD_PERSON) inner = inner.replace(re, to);
    return inner;
  });
}
