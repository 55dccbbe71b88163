// Writes bench/corpus/social-work-blind.jsonl from the hand-annotated blind messages. The set was
// scored before any tuning (see the headline in bench/phi.ts) and must never be tuned on.
// Run: node --import tsx bench/corpus/social-work-blind.ts
import { writeFileSync } from "node:fs";
import { parseMarked } from "./markup.ts";
import { BLIND_A } from "./social-work-blind-a.ts";
import { BLIND_B } from "./social-work-blind-b.ts";

const msgs = [...BLIND_A, ...BLIND_B].map((m, i) => parseMarked(`swb-${i + 1}`, m));
writeFileSync(
  new URL("./social-work-blind.jsonl", import.meta.url),
  `${msgs.map((m) => JSON.stringify(m)).join("\n")}\n`,
);
console.log(`${msgs.length} blind messages`);
