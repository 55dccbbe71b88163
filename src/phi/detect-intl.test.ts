// Table tests for the generalisation fixes: international phones and addresses, dates tied to a
// person, lowercase texting names, and the places, peoples and shorthand that are not names.
import { describe, it } from "vitest";
import { expectFound, expectUntouched } from "./expect-phi.ts";
import type { PhiType } from "./types.ts";

// [text, the exact substring that must be removed, its type]
const FOUND: Array<[string, string, PhiType]> = [
  ["The office is on +44 20 7946 0958 now.", "+44 20 7946 0958", "phone"],
  ["call back at (555)123-4567 x204 re rent", "(555)123-4567 x204", "phone"],
  ["her number 555.123.4567 might be dead", "555.123.4567", "phone"],
  ["Her mobile is 5551234567, she typed it.", "5551234567", "phone"],
  ["Mobile for Rahul: +91 98765 43210, he's in Pune.", "+91 98765 43210", "phone"],
  ["phone 0412 345 678 is the aunt", "0412 345 678", "phone"],
  ["Number on file: 885-555-9196 ext. 238.", "885-555-9196 ext. 238", "case_number"],
  [
    "lived at Flat 4, 19 Wellington Road, Leicester LE2 1HR, and",
    "Flat 4, 19 Wellington Road, Leicester LE2 1HR",
    "address",
  ],
  [
    "address, 45 Rue Sainte-Catherine, Montréal, QC H2X 1Z4, and",
    "45 Rue Sainte-Catherine, Montréal, QC H2X 1Z4",
    "address",
  ],
  [
    "Home visit: Unit 5/42 Smith Street, Fitzroy VIC 3065. Small",
    "Unit 5/42 Smith Street, Fitzroy VIC 3065",
    "address",
  ],
  [
    "moved to Flat 302, Sai Krupa Apartments, MG Road, Bengaluru 560001 to",
    "Flat 302, Sai Krupa Apartments, MG Road, Bengaluru 560001",
    "address",
  ],
  [
    "Apartment 4C, 210 West 89th Street, New York, NY 10024 is",
    "Apartment 4C, 210 West 89th Street, New York, NY 10024",
    "address",
  ],
  ["her new address is 7 avenue des Champs, 75008 Paris lol", "7 avenue des Champs, 75008 Paris", "address"],
  ["She moved into apartment 12B at 880 Lakeshore Drive.", "apartment 12B at 880 Lakeshore Drive", "address"],
  ["to Hauptstraße 12, 10115 Berlin now", "Hauptstraße 12, 10115 Berlin", "address"],
  ["Zip code for the new placement is 60614 so", "60614", "address"],
  ["postcode is SW1A 1AA lol", "SW1A 1AA", "address"],
  ["He sleeps on Elm Street by the laundromat.", "Elm Street", "address"],
  ["her court date is 03/14/2025 and she has no lawyer", "03/14/2025", "date"],
  ["I met Maria on March 3, 2024, the week her brother died.", "March 3, 2024", "date"],
  ["Kenji passed away on January 8, 2025.", "January 8, 2025", "date"],
  ["She was born 14 July 2009 in Leeds.", "14 July 2009", "date_of_birth"],
  ["omg brianna's mom showed up drunk to the visit AGAIN", "brianna", "name"],
  ["u have jordan lee's file? need the safety plan", "jordan lee", "name"],
  ["i met maria today", "maria", "name"],
  ["Kids seemed ok, nana wiremu's wife helps out", "wiremu", "name"],
  ["New referral, Siobhán Ní Bhriain, came from Cork.", "Siobhán Ní Bhriain", "name"],
];

describe("international formats, person dates and texting names", () => {
  it.each(FOUND)("%s", expectFound);
});

// Text that must come back unchanged.
const TRAPS = [
  "The conference is on April 11, 2025 in Columbus, I'm presenting on kinship care.",
  "The office closes on December 24 and I have four visits before then.",
  "I'm driving up Elm Street every day to get to the office.",
  "Irish mobile networks are cheap; the French consulate and the German one agree.",
  "She's in Sydney until the 20th and then in Durban.",
  "Friday: court at 9, visit at 1, paperwork forever.",
  "Mandatory training took three hours. Meh. lol",
  "Reflecting on boundaries: a Christmas card from a client.",
  "the passport says 1976. Immigration headache.",
  "my client is scared her husband will find the new flat",
];

describe("leaves places, peoples, days and shorthand alone", () => {
  it.each(TRAPS)("%s", expectUntouched);
});
