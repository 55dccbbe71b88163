// Table tests for address formats, one row per format rather than per template, and traps: numbers
// near capitalised words that are not addresses.
import { describe, expect, it } from "vitest";
import { detectPhi } from "./index.ts";

/** Whether every letter or digit of `part` in `text` lies in a detected span (an address, or a phone it merged with). */
function covered(text: string, part: string): boolean {
  const at = text.indexOf(part);
  if (at < 0) throw new Error(`"${part}" not in "${text}"`);
  const spans = detectPhi(text);
  for (let i = at; i < at + part.length; i++)
    if (/[\p{L}\p{N}]/u.test(text[i]!) && !spans.some((s) => s.start <= i && i < s.end)) return false;
  return true;
}

// [format, text, the part that must be removed as an address]
const FORMATS: Array<[string, string, string]> = [
  ["street name, then house number", "Send it to Via Garibaldi 14, please.", "Via Garibaldi 14"],
  ["postcode, street, number", "Post: 20121 Via Solferino 32\nMilano", "20121 Via Solferino 32"],
  ["German street word alone", "She now lives on Berliner Straße 112 near the park.", "Berliner Straße 112"],
  ["abbreviated street word", "Mail: 10115 Invalidenstr 9, Berlin", "10115 Invalidenstr 9"],
  ["Hungarian u./út/tér", "The office is at Petőfi Sándor u. 24. in Pécs.", "Petőfi Sándor u. 24"],
  ["Hungarian út after postcode", "Address: 1051 Andrássy út 12, Budapest", "1051 Andrássy út 12"],
  ["Hungarian tér", "Meet at Széchenyi tér 7.", "Széchenyi tér 7"],
  ["Norwegian lowercase terrasse", "It's at 0484 Grefsen terrasse 12, Oslo", "0484 Grefsen terrasse 12"],
  [
    "French particle name after a postcode",
    "Write to 75011 12 rue de la Roquette",
    "75011 12 rue de la Roquette",
  ],
  [
    "French name after two numbers",
    "It is 69003 8 Avenue des Brotteaux, Lyon",
    "69003 8 Avenue des Brotteaux",
  ],
  ["Italian piazzetta", "Ufficio: 120 Piazzetta San Marco 3\nVenezia", "120 Piazzetta San Marco 3"],
  ["Spanish paseo", "vive en Paseo del Prado 21, Madrid", "Paseo del Prado 21"],
  ["Galician rúa", "Mail to 15704 Rúa do Vilar 44", "Rúa do Vilar 44"],
  ["Polish ul. with trailing number", "Adres: 00-950 ul. Marszałkowska 84", "ul. Marszałkowska 84"],
  [
    "lowercase text, Slovene trg",
    "address: 1000 trg republike 3 apt 12 ljubljana",
    "1000 trg republike 3 apt 12",
  ],
  [
    "unit then city and country on one line",
    "at 4410 Maple Ridge Dr Apt 615 Brookhaven Canada",
    "Apt 615 Brookhaven Canada",
  ],
  ["city and region code on one line", "at 21 Holmegade 4 Suite 12 Lyngby DK", "Suite 12 Lyngby DK"],
  [
    "bulleted address lines",
    "??? 83854 Strickstrasse 61\n??? Suite 292\n??? Zuoz\n??? Switzerland 53730",
    "83854 Strickstrasse 61\n??? Suite 292\n??? Zuoz\n??? Switzerland 53730",
  ],
  [
    "city that is also a word, then fields",
    "12 Hill Road\nMoss\n, nan\n 51971",
    "12 Hill Road\nMoss\n, nan\n 51971",
  ],
  ["city then its postcode", "We work with families in Tromsø 9008 and nearby.", "Tromsø 9008"],
  ["Swedish postcode 999 99", "Based in UPPSALA 752 36 since 2019.", "UPPSALA 752 36"],
  ["named street without number", "the early gigs on Juniper Ridge Street were loud", "Juniper Ridge"],
  ["street name then number after 'on'", "The stop is on Na Příkopě 1677.", "Na Příkopě 1677"],
  [
    "intersection with abbreviations",
    "Stop at the corner of ul. Cicha 86 and Leokadia Trail.",
    "corner of ul. Cicha 86 and Leokadia Trail",
  ],
];

// [trap, text, the part that must not be marked as an address]
const TRAPS: Array<[string, string, string]> = [
  ["room number", "He is in room 12 today.", "room 12"],
  ["children", "She has 3 kids and 2 dogs.", "3 kids"],
  ["housing programme", "Her Section 8 voucher was approved.", "Section 8"],
  ["song title", "I listened to Route 66 on the radio.", "Route 66"],
  ["amount", "Rent is $1200 a month, due on Friday.", "1200"],
  ["time", "The meeting is at 10:30 on Monday.", "10:30"],
  ["age", "He is 45 years old.", "45"],
  ["statute", "Under Section 17 of the Children Act 1989 we must", "Children Act 1989"],
  ["US code", "see 42 U.S.C. 1983 for the claim", "42 U.S.C. 1983"],
  ["date after 'on'", "The conference is on April 11, 2025 in Columbus.", "April 11"],
  ["year after a city", "We moved in London 2012 and then back.", "London 2012"],
  ["English street word and a count", "Drive 5 miles down the road 3 times", "Drive 5"],
  ["ward number", "We met him on Ward 7.", "Ward 7"],
  ["weekday and a time", "Friday: court at 9, visit at 1", "court at 9"],
  ["chapter", "Read Chapter 11 on Page 12.", "Page 12"],
];

describe("address formats", () => {
  it.each(FORMATS)("%s", (_format, text, part) => {
    expect(covered(text, part)).toBe(true);
  });
});

describe("address traps", () => {
  it.each(TRAPS)("%s", (_trap, text, part) => {
    const at = text.indexOf(part);
    const spans = detectPhi(text).filter((s) => s.type === "address");
    expect(spans.filter((s) => s.start < at + part.length && s.end > at)).toEqual([]);
  });
});
