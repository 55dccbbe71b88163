// Generates bench/corpus/social-work.jsonl (development) and social-work-holdout.jsonl (never tuned
// on): practitioner reflections built from templates and value pools, plus hand-written messages.
// Run: node --import tsx bench/corpus/generate-social-work.ts
import { writeFileSync } from "node:fs";
import type { GoldMessage } from "../../src/phi/score.ts";
import { HAND, HAND_TRAIN_COUNT } from "./hand-written.ts";
import { parseMarked } from "./markup.ts";
import { HOLDOUT, type Pools, TRAIN } from "./pools.ts";
import { HOLDOUT_PHI, HOLDOUT_TRAP, TRAIN_PHI, TRAIN_TRAP } from "./templates.ts";
import { Picker, rng } from "./values.ts";

type Template = (p: Picker) => string;

function build(
  prefix: string,
  seed: number,
  pools: Pools,
  groups: Array<[Template[], number]>,
  hand: string[],
): GoldMessage[] {
  const p = new Picker(rng(seed), pools);
  const seen = new Set<string>();
  const out: GoldMessage[] = [];
  for (const [templates, copies] of groups)
    for (const t of templates)
      for (let c = 0; c < copies; c++) {
        const marked = t(p);
        if (seen.has(marked)) continue;
        seen.add(marked);
        out.push(parseMarked(`${prefix}-${out.length + 1}`, marked));
      }
  hand.forEach((h, i) => {
    out.push(parseMarked(`${prefix}-hand-${i + 1}`, h));
  });
  return out;
}

export function generateCorpora(): { dev: GoldMessage[]; holdout: GoldMessage[] } {
  const dev = build(
    "sw",
    20240601,
    TRAIN,
    [
      [TRAIN_PHI, 7],
      [TRAIN_TRAP, 6],
    ],
    HAND.slice(0, HAND_TRAIN_COUNT),
  );
  const holdout = build(
    "swh",
    777,
    HOLDOUT,
    [
      [HOLDOUT_PHI, 5],
      [HOLDOUT_TRAP, 5],
    ],
    HAND.slice(HAND_TRAIN_COUNT),
  );
  return { dev, holdout };
}

const toJsonl = (ms: GoldMessage[]) => `${ms.map((m) => JSON.stringify(m)).join("\n")}\n`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const { dev, holdout } = generateCorpora();
  writeFileSync(new URL("./social-work.jsonl", import.meta.url), toJsonl(dev));
  writeFileSync(new URL("./social-work-holdout.jsonl", import.meta.url), toJsonl(holdout));
  const clean = (ms: GoldMessage[]) => ms.filter((m) => m.spans.every((s) => s.type === "neutral")).length;
  console.log(
    `dev ${dev.length} messages (${clean(dev)} without PHI), holdout ${holdout.length} (${clean(holdout)} without PHI)`,
  );
}
