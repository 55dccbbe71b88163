export type PhiType =
  | "name"
  | "phone"
  | "email"
  | "address"
  | "ssn"
  | "case_number"
  | "date_of_birth"
  | "date"
  | "id";

/** A detected identifier; offsets are UTF-16 code units into the text that was scanned. */
export interface Span {
  start: number;
  end: number;
  type: PhiType;
}

export const PHI_TYPES: readonly PhiType[] = [
  "name",
  "phone",
  "email",
  "address",
  "ssn",
  "case_number",
  "date_of_birth",
  "date",
  "id",
];

export const MARKERS: Record<PhiType, string> = {
  name: "[name removed for privacy]",
  phone: "[phone number removed for privacy]",
  email: "[email removed for privacy]",
  address: "[address removed for privacy]",
  ssn: "[SSN removed for privacy]",
  case_number: "[case number removed for privacy]",
  date_of_birth: "[date of birth removed for privacy]",
  // Not among DESIGN.md's eight: exact dates tied to a person other than births (see person-dates.ts).
  date: "[date removed for privacy]",
  id: "[ID number removed for privacy]",
};
