import { describe, expect, it } from "vitest";
import { expectFound, expectUntouched } from "./expect-phi.ts";
import { detectPhi, MARKERS, redact } from "./index.ts";
import type { PhiType } from "./types.ts";

// [text, the exact substring that must be removed, its type]
const FOUND: Array<[string, string, PhiType]> = [
  ["I visited Maria Lopez today.", "Maria Lopez", "name"],
  ["Her son Jaylen was home again.", "Jaylen", "name"],
  ["Court with Mrs. Okafor tomorrow.", "Okafor", "name"],
  ["Talked with Dr. Fenwick-Ahmadi about meds.", "Fenwick-Ahmadi", "name"],
  ["I met with Hope today and she cried.", "Hope", "name"],
  ["Hope said she was fine.", "Hope", "name"],
  ["I told Grace about the hearing.", "Grace", "name"],
  ["Will called me twice.", "Will", "name"],
  ["June's mom called the office.", "June", "name"],
  ["The teacher, Mark, filed the report.", "Mark", "name"],
  ["my client is maria and she is scared", "maria", "name"],
  ["Spoke to Abdirahman Abdullahi at the mosque.", "Abdirahman Abdullahi", "name"],
  ["Kevin O'Brien's case worries me.", "Kevin O'Brien", "name"],
  ["Visited Nguyet Tran at home.", "Nguyet Tran", "name"],
  ["Call her at (313) 555-0148 after 5.", "(313) 555-0148", "phone"],
  ["Her cell is 614-555-0193 x204.", "614-555-0193 x204", "phone"],
  ["UK number +44 7700 900123 works.", "+44 7700 900123", "phone"],
  ["Reach him at 937.555.0134 please.", "937.555.0134", "phone"],
  ["Email maria.lopez@gmail.com now.", "maria.lopez@gmail.com", "email"],
  ["SSN 123-45-6789 on the form.", "123-45-6789", "ssn"],
  ["Her SSN is 123 45 6789.", "123 45 6789", "ssn"],
  ["social security number 123456789 again", "123456789", "ssn"],
  ["She lives at 4410 Maple Ridge Dr, Apt 3B.", "4410 Maple Ridge Dr, Apt 3B", "address"],
  ["Mail goes to P.O. Box 4471, Eugene, OR 97404.", "P.O. Box 4471, Eugene, OR 97404", "address"],
  ["Moved to 1187 Sycamore Street last week.", "1187 Sycamore Street", "address"],
  ["Docket 2024-JD-00871 is set for Friday.", "2024-JD-00871", "case_number"],
  ["Case #2023-JV-001234 closed.", "2023-JV-001234", "case_number"],
  ["MRN 00937714 at Mercy.", "00937714", "case_number"],
  ["DOB 03/14/2015 per the file.", "03/14/2015", "date_of_birth"],
  ["She was born on September 3, 1996 in Ohio.", "September 3, 1996", "date_of_birth"],
  ["Medicaid ID MA4482019377 is inactive.", "MA4482019377", "id"],
  ["driver's license D1234567 suspended", "D1234567", "id"],
  ["card 4111 1111 1111 1111 was declined", "4111 1111 1111 1111", "id"],
  ["IBAN GB82WEST12345698765432 for rent", "GB82WEST12345698765432", "id"],
  ["Logged in from 192.168.10.44 again.", "192.168.10.44", "id"],
  ["See https://example.org/profile/99 for details", "https://example.org/profile/99", "id"],
];

describe("detects each type", () => {
  it.each(FOUND)("%s", expectFound);
});

// Text that must come back unchanged.
const TRAPS = [
  "I hope supervision helps. By God's grace we made it.",
  "Will we ever have enough staff?",
  "Mark the date: the audit is on the 14th.",
  "The hearing is in June and I will mark it on the calendar.",
  "Department of Children and Family Services and Catholic Charities were both there.",
  "Gibbs' reflective cycle and Kolb's learning cycle help. Maslow's hierarchy, Bowlby's attachment theory.",
  "Schön and Driscoll ask what I would do differently.",
  "The rent is $1,250 and her check is $943, about 76% of it.",
  "She is 34, has 3 kids, and we met at 10:30 on Monday in room 214.",
  "John 3:16 and Psalm 23:4 were on the wall.",
  "Under Section 39.01 and statute 827.03 we had 72 hours.",
  "Our team closed 47 cases in March; caseloads are 30 each.",
  "Grace under pressure, honestly. Hope is a discipline.",
  "We drove 318 miles this week for 58 cents a mile.",
];

describe("leaves ordinary text alone", () => {
  it.each(TRAPS)("%s", expectUntouched);
});

describe("markers", () => {
  it("are never detected again", () => {
    const all = Object.values(MARKERS).join(" and ");
    expect(detectPhi(all)).toEqual([]);
  });
  it("redaction is idempotent on a realistic message", () => {
    const once = redact("Maria Lopez (DOB 03/14/2015) lives at 12 Elm St, call 313-555-0148.").text;
    expect(redact(once).text).toBe(once);
    expect(once).not.toMatch(/Maria|Lopez|555|Elm/);
  });
});
