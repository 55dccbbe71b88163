import { tag } from "./markup.ts";
import type { Pools } from "./pools.ts";

/** Small deterministic PRNG (mulberry32) so the corpus is the same on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Picker {
  constructor(
    private readonly r: () => number,
    private readonly pools: Pools,
  ) {}
  int = (lo: number, hi: number) => lo + Math.floor(this.r() * (hi - lo + 1));
  pick = <T>(xs: readonly T[]): T => xs[Math.floor(this.r() * xs.length)]!;
  digits = (n: number) => Array.from({ length: n }, () => this.int(0, 9)).join("");

  first = () => tag("name", this.pick(this.pools.firsts));
  last = () => tag("name", this.pick(this.pools.surnames));
  full = () => tag("name", `${this.pick(this.pools.firsts)} ${this.pick(this.pools.surnames)}`);
  kid = () => tag("name", this.pick(this.pools.kids));
  wordName = () => tag("name", this.pick(this.pools.wordNames));
  lower = () => tag("name", this.pick(this.pools.firsts).toLowerCase());
  titled = () =>
    `${this.pick(["Mrs.", "Mr.", "Ms.", "Dr.", "Judge", "Officer", "Grandma", "Aunt"])} ${this.last()}`;
  org = () => this.pick(this.pools.orgs);

  phone = () =>
    tag(
      "phone",
      this.pick([
        () => `(${this.int(201, 989)}) 555-${this.digits(4)}`,
        () => `${this.int(201, 989)}-555-${this.digits(4)}`,
        () => `${this.int(201, 989)}.${this.digits(3)}.${this.digits(4)}`,
        () => `+1 ${this.int(201, 989)} ${this.digits(3)} ${this.digits(4)}`,
        () => `${this.int(201, 989)}${this.digits(7)}`,
        () => `+44 7700 ${this.digits(6)}`,
        () => `+52 55 ${this.digits(4)} ${this.digits(4)}`,
        () => `${this.int(201, 989)}-555-${this.digits(4)} ext. ${this.int(10, 999)}`,
      ])(),
    );
  email = () => {
    const n = this.pick(this.pools.firsts)
      .toLowerCase()
      .replace(/[^a-z]/g, "");
    const s = this.pick(this.pools.surnames)
      .toLowerCase()
      .replace(/[^a-z]/g, "");
    const d = this.pick([
      "gmail.com",
      "yahoo.com",
      "outlook.com",
      "county.gov",
      "icloud.com",
      "school.k12.us",
    ]);
    return tag("email", this.pick([`${n}.${s}@${d}`, `${n}${this.int(1, 99)}@${d}`, `${s}_${n[0]}@${d}`]));
  };
  ssn = () =>
    tag(
      "ssn",
      this.pick([
        () => `${this.int(100, 665)}-${this.digits(2)}-${this.digits(4)}`,
        () => `${this.int(100, 665)} ${this.digits(2)} ${this.digits(4)}`,
      ])(),
    );
  bareSsn = () => `SSN ${tag("ssn", `${this.int(100, 665)}${this.digits(6)}`)}`;
  street = () => tag("address", this.pick(this.pools.streets));
  address = () =>
    tag(
      "address",
      this.pick([
        () => `${this.pick(this.pools.streets)}, ${this.pick(this.pools.cities)}`,
        () => `${this.pick(this.pools.streets)}, Apt ${this.int(1, 30)}${this.pick(["B", "C", ""])}`,
        () => `${this.pick(this.pools.streets)} Unit ${this.int(2, 40)}`,
        () => `P.O. Box ${this.int(100, 9999)}, ${this.pick(this.pools.cities)}`,
        () => this.pick(this.pools.streets),
      ])(),
    );
  caseNo = () =>
    `${this.pick(["case #", "case number ", "Case No. ", "docket ", "file no. "])}${tag(
      "case_number",
      this.pick([
        () => `${this.int(2019, 2025)}-JV-${this.digits(6)}`,
        () => `${this.int(19, 25)}-DR-${this.digits(4)}`,
        () => `${this.digits(7)}`,
        () => `CP-${this.digits(2)}-${this.digits(5)}`,
      ])(),
    )}`;
  mrn = () =>
    `${this.pick(["MRN ", "MRN: ", "medical record number "])}${tag("case_number", this.digits(8))}`;
  clientId = () => `client ID ${tag("case_number", `${this.pick(["C", "CL", "K"])}${this.digits(6)}`)}`;
  dob = () =>
    `${this.pick(["DOB ", "DOB: ", "born ", "date of birth "])}${tag(
      "date_of_birth",
      this.pick([
        () => `${this.int(1, 12)}/${this.int(1, 28)}/${this.int(1940, 2022)}`,
        () =>
          `${this.pick(["March", "Jan.", "October", "July"])} ${this.int(1, 28)}, ${this.int(1940, 2022)}`,
        () => `${this.int(1940, 2022)}-0${this.int(1, 9)}-${this.int(10, 28)}`,
      ])(),
    )}`;
  medicaid = () =>
    `${this.pick(["Medicaid ID ", "Medicaid #", "member ID "])}${tag("id", `${this.pick(["", "MA", "XJ"])}${this.digits(9)}`)}`;
  license = () =>
    `${this.pick(["driver's license ", "DL# "])}${tag("id", `${this.pick(["D", "S", "K"])}${this.digits(7)}`)}`;
  card = () =>
    `card ${tag("id", this.pick(["4111 1111 1111 1111", "5500-0000-0000-0004", "4012888888881881"]))}`;
}
