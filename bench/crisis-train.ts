// Trains the crisis detector's learned layer (src/crisis/model.ts) and writes
// src/crisis/model-weights.ts. Deterministic: full-batch Adam from zero weights in a fixed row
// order, so the same corpus always gives byte-identical weights (no random seed is needed).
//
// Honest evaluation first: leave-one-file-out cross-validation. For each corpus file, a model is
// trained on the other files and its thresholds and rule veto are chosen by an inner
// cross-validation over those training files only (INNER_FOLDS groups of files), so the held-out
// file never influences its own score. Then the shipped model is trained on every training file,
// with thresholds and veto chosen from the outer folds' out-of-fold scores.
//
// FINAL_FILES are never read here: they are scored once, by bench/crisis.ts, as the unbiased
// number for the finished detector.
//
// The held-out files are independent, so they are spread over worker threads (WORKERS, default
// up to 4 cores); the results do not depend on how many there are.
//
// Each crisis-train-*.jsonl file was written by a separate author (a subagent given the label
// definitions and a voice, and no access to the detector or the other files), so leaving one
// file out is leaving one author out: the closest in-house stand-in for unseen users.
//
// Run: npm run bench:crisis-train            (cross-validate, then write the weights)
//      npm run bench:crisis-train -- --quick  (one model per held-out file, cut chosen on it:
//                                              optimistic, for comparing two variants only)
//      OOF_OUT=/tmp/oof.json npm run bench:crisis-train -- --cuts
//                                             (out-of-fold scores saved; the cut under other
//                                              false-positive budgets printed; OUTER_FOLDS=20
//                                              for 20 grouped folds instead of one per file)
//      npm run bench:crisis-train -- --from-oof=/tmp/oof.json
//                                             (ship from saved scores: after a rule change, the
//                                              cut is chosen again without cross-validating)
//      npm run bench:crisis-train -- --tune  (L2 grid by LOFO over the files except the headline)
//      npm run bench:crisis-train -- --misses (also list every out-of-fold miss; with --quick too)

import { readFileSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import {
  type CrisisSignal,
  combine,
  detectByRules,
  isWriterTargeted,
  modelText,
  type RuleSignal,
} from "../src/crisis/detect.ts";
import { FEATURES, featurise, type Sparse } from "../src/crisis/features.ts";
import {
  type Cut,
  encodeModel,
  logits,
  probabilities,
  scoreNormalised,
  type Weights,
} from "../src/crisis/model.ts";
import { type CorpusRow, parseCorpus } from "../src/crisis/score.ts";

const TRAIN_FILES = [
  "crisis.jsonl",
  "crisis-holdout.jsonl",
  "crisis-blind-1.jsonl",
  "crisis-blind-2.jsonl",
  "crisis-blind-3.jsonl",
  "crisis-blind-4.jsonl",
  "crisis-train-extra.jsonl",
  "crisis-blind-5.jsonl",
  "crisis-train-a.jsonl",
  "crisis-train-b.jsonl",
  "crisis-train-c.jsonl",
  "crisis-train-f.jsonl",
  "crisis-train-g.jsonl",
  "crisis-train-h.jsonl",
  "crisis-train-i.jsonl",
  "crisis-train-j.jsonl",
  "crisis-train-k.jsonl",
  "crisis-train-l.jsonl",
  "crisis-train-m.jsonl",
  "crisis-train-n.jsonl",
  "crisis-train-o.jsonl",
  "crisis-train-p.jsonl",
  "crisis-train-q.jsonl",
  "crisis-train-r.jsonl",
  "crisis-train-s.jsonl",
  "crisis-train-t.jsonl",
  "crisis-blind-6.jsonl",
  "crisis-blind-7.jsonl",
  "crisis-blind-8.jsonl",
  "crisis-blind-9.jsonl",
  "crisis-train-u.jsonl",
  "crisis-train-v.jsonl",
  "crisis-train-w.jsonl",
  "crisis-train-x.jsonl",
  "crisis-train-y.jsonl",
  "crisis-train-z.jsonl",
  "crisis-train-aa.jsonl",
  "crisis-train-ab.jsonl",
  "crisis-train-ac.jsonl",
  "crisis-train-ad.jsonl",
  "crisis-train-ae.jsonl",
  // Decision 007: three blind files scored once with 006's detector, then trained on, and four
  // more authors (voice dictation, long write-ups, older men, students' slang).
  "crisis-blind-19.jsonl",
  "crisis-blind-20.jsonl",
  "crisis-blind-21.jsonl",
  "crisis-train-af.jsonl",
  "crisis-train-ag.jsonl",
  "crisis-train-ah.jsonl",
  "crisis-train-ai.jsonl",
  // Scored once each with the first 007 model, then studied and trained on (decision 007).
  "crisis-blind-22.jsonl",
  "crisis-blind-23.jsonl",
  "crisis-blind-24.jsonl",
  "crisis-blind-25.jsonl",
  "crisis-blind-26.jsonl",
  "crisis-blind-27.jsonl",
  "crisis-blind-28.jsonl",
  "crisis-blind-29.jsonl",
  // Scored once each, then read for rules, then trained on (decision 007).
  "crisis-blind-30.jsonl",
  "crisis-blind-31.jsonl",
  "crisis-blind-32.jsonl",
  "crisis-blind-33.jsonl",
  "crisis-blind-34.jsonl",
  "crisis-blind-35.jsonl",
  "crisis-blind-36.jsonl",
  "crisis-blind-37.jsonl",
  "crisis-blind-38.jsonl",
  "crisis-blind-39.jsonl",
  "crisis-blind-40.jsonl",
  "crisis-blind-41.jsonl",
  // Decision 008: blind-42..49, scored with 007's detector and never read, and twenty-nine more
  // authors, each given a voice (phone typing, long entries, second-language English, stoic older
  // practitioners, lone workers, questions to the AI, night staff, harm reduction, managers,
  // Black British and West African English, students, one-liners, crisis teams, rural and remote,
  // quiet finality, anger, gallows humour, bodies and health, present tense, South and East Asian
  // English, general samples, supervision logs, men, older adults and hospices, LGBTQ+ and
  // asylum services, dictation).
  "crisis-blind-42.jsonl",
  "crisis-blind-43.jsonl",
  "crisis-blind-44.jsonl",
  "crisis-blind-45.jsonl",
  "crisis-blind-46.jsonl",
  "crisis-blind-47.jsonl",
  "crisis-blind-48.jsonl",
  "crisis-blind-49.jsonl",
  "crisis-train-aj.jsonl",
  "crisis-train-ak.jsonl",
  "crisis-train-al.jsonl",
  "crisis-train-am.jsonl",
  "crisis-train-an.jsonl",
  "crisis-train-ao.jsonl",
  "crisis-train-ap.jsonl",
  "crisis-train-aq.jsonl",
  "crisis-train-ar.jsonl",
  "crisis-train-as.jsonl",
  "crisis-train-at.jsonl",
  "crisis-train-au.jsonl",
  "crisis-train-av.jsonl",
  "crisis-train-aw.jsonl",
  "crisis-train-ax.jsonl",
  "crisis-train-ay.jsonl",
  "crisis-train-az.jsonl",
  "crisis-train-ba.jsonl",
  "crisis-train-bb.jsonl",
  "crisis-train-bc.jsonl",
  "crisis-train-bd.jsonl",
  "crisis-train-be.jsonl",
  "crisis-train-bf.jsonl",
  "crisis-train-bg.jsonl",
  "crisis-train-bh.jsonl",
  "crisis-train-bi.jsonl",
  "crisis-train-bj.jsonl",
  "crisis-train-bk.jsonl",
  "crisis-train-bl.jsonl",
  // Decision 009: blind-50..57 (scored once with 008's detector, then trained on) and eighteen more
  // authors (quiet finality, the writer's danger told as a scene, long journal entries, other
  // languages, Gen Z slang, questions to the AI, hard lives outside work, self-harm, anger at
  // others, faith, acts in progress, dialects, burden and goodbyes, live emergencies, and broad
  // US, UK and Irish, and other-countries samples).
  "crisis-blind-50.jsonl",
  "crisis-blind-51.jsonl",
  "crisis-blind-52.jsonl",
  "crisis-blind-53.jsonl",
  "crisis-blind-54.jsonl",
  "crisis-blind-55.jsonl",
  "crisis-blind-56.jsonl",
  "crisis-blind-57.jsonl",
  "crisis-train-bm.jsonl",
  "crisis-train-bn.jsonl",
  "crisis-train-bo.jsonl",
  "crisis-train-bp.jsonl",
  "crisis-train-bq.jsonl",
  "crisis-train-br.jsonl",
  "crisis-train-bs.jsonl",
  "crisis-train-bt.jsonl",
  "crisis-train-bu.jsonl",
  "crisis-train-bv.jsonl",
  "crisis-train-bw.jsonl",
  "crisis-train-bx.jsonl",
  "crisis-train-by.jsonl",
  "crisis-train-bz.jsonl",
  "crisis-train-ca.jsonl",
  "crisis-train-cb.jsonl",
  "crisis-train-cc.jsonl",
  "crisis-train-cd.jsonl",
];
export const FINAL_FILES = [
  "crisis-blind-10.jsonl",
  "crisis-blind-11.jsonl",
  "crisis-blind-12.jsonl",
  "crisis-blind-13.jsonl",
  "crisis-blind-14.jsonl",
  "crisis-blind-15.jsonl",
  "crisis-blind-16.jsonl",
  "crisis-blind-17.jsonl",
  "crisis-blind-18.jsonl",
  // Decision 009: written before any change, set aside unread, scored once after the last one.
  "crisis-blind-58.jsonl",
  "crisis-blind-59.jsonl",
  "crisis-blind-60.jsonl",
  "crisis-blind-61.jsonl",
  "crisis-blind-62.jsonl",
  "crisis-blind-63.jsonl",
  "crisis-blind-64.jsonl",
  "crisis-blind-65.jsonl",
  "crisis-blind-66.jsonl",
  "crisis-blind-67.jsonl",
  "crisis-blind-68.jsonl",
  "crisis-blind-69.jsonl",
  "crisis-blind-70.jsonl",
  "crisis-blind-71.jsonl",
  "crisis-blind-72.jsonl",
  "crisis-blind-73.jsonl",
];

const HEADLINE = "crisis-blind-4.jsonl";

// Hyperparameters, fixed by `--tune` on the files other than the headline one.
const EPOCHS = Number(process.env.EPOCHS ?? 100);
const LEARNING_RATE = 0.05;
let L2 = Number(
  (workerData as WorkerJob | null)?.l2 ?? process.argv.find((a) => a.startsWith("--l2="))?.slice(5) ?? 1e-6,
);
// Crisis classes are the minority; weighting them up moves the decision boundary towards
// recall, which is where the product target is.
const CLASS_WEIGHT = {
  none: 1,
  self: Number(process.env.SELF_WEIGHT ?? 1.5),
  client: Number(process.env.CLIENT_WEIGHT ?? 1.5),
};
// Threshold target on out-of-fold scores: the product's 5 % budget, spent on every file. Decision
// 007 tried spending 4 % on the blind files alone (the spec-like ones, where the rate ran lower):
// on four fresh blind files that cut bought one more catch for eight more false positives, so
// the budget stays on every file.
const FPR_TARGET = 0.05;
// Files written to the label specification by independent authors, scored once before training.
const isBlind = (s: Scored): boolean => /^crisis-blind-\d+\.jsonl$/.test(s.row.file);

interface Row extends CorpusRow {
  file: string;
  x: Sparse; // whole-message features (training)
  norm: string; // normalised text (scoring reads it window by window)
  rules: RuleSignal | null;
  targeted: boolean; // combine()'s writer-as-target reading
}

const dir = new URL("./corpus/", import.meta.url);
const rows: Row[] = TRAIN_FILES.flatMap((file) =>
  parseCorpus(readFileSync(fileURLToPath(new URL(file, dir)), "utf8")).map((r) => {
    const norm = modelText(r.text);
    return {
      ...r,
      file,
      norm,
      x: featurise(norm),
      rules: detectByRules(r.text),
      targeted: isWriterTargeted(r.text),
    };
  }),
);

function train(set: readonly Row[]): Weights {
  const n = 2 * FEATURES; // self weights, then client weights
  const w = new Float64Array(n);
  const m = new Float64Array(n);
  const v = new Float64Array(n);
  const bias = [0, 0];
  const mb = [0, 0];
  const vb = [0, 0];
  const total = set.reduce((s, r) => s + CLASS_WEIGHT[r.label ?? "none"], 0);
  const [b1, b2, eps] = [0.9, 0.999, 1e-8];
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    const g = new Float64Array(n);
    const gb = [0, 0];
    const view = asWeights(w, bias);
    for (const r of set) {
      const p = probabilities(logits(r.x, view));
      const k = CLASS_WEIGHT[r.label ?? "none"] / total;
      const ds = k * (p.self - (r.label === "self" ? 1 : 0));
      const dc = k * (p.client - (r.label === "client" ? 1 : 0));
      gb[0]! += ds;
      gb[1]! += dc;
      for (let j = 0; j < r.x.index.length; j++) {
        g[r.x.index[j]!]! += ds * r.x.value[j]!;
        g[FEATURES + r.x.index[j]!]! += dc * r.x.value[j]!;
      }
    }
    const c1 = 1 - b1 ** epoch;
    const c2 = 1 - b2 ** epoch;
    for (let i = 0; i < n; i++) {
      const gi = g[i]! + L2 * w[i]!;
      m[i] = b1 * m[i]! + (1 - b1) * gi;
      v[i] = b2 * v[i]! + (1 - b2) * gi * gi;
      w[i]! -= (LEARNING_RATE * (m[i]! / c1)) / (Math.sqrt(v[i]! / c2) + eps);
    }
    for (let i = 0; i < 2; i++) {
      mb[i] = b1 * mb[i]! + (1 - b1) * gb[i]!;
      vb[i] = b2 * vb[i]! + (1 - b2) * gb[i]! ** 2;
      bias[i]! -= (LEARNING_RATE * (mb[i]! / c1)) / (Math.sqrt(vb[i]! / c2) + eps);
    }
  }
  return asWeights(w, bias);
}

const describeCut = (c: Cut) => `${c.thresholds.map((t) => t.toFixed(2)).join("/")} veto ${c.veto}`;

function asWeights(w: Float64Array, bias: number[]): Weights {
  return {
    self: Float32Array.from(w.subarray(0, FEATURES)),
    client: Float32Array.from(w.subarray(FEATURES)),
    bias: [bias[0]!, bias[1]!],
    thresholds: [0.5, 0.5],
    veto: 0,
  };
}

type Scored = { row: Row; p: { self: number; client: number } };

/** The shipped detector's answer for a scored row at `cut`: rules and model, as detectCrisis. */
const answer = (s: Scored, cut: Cut) => combine(s.row.rules, s.p, cut, s.row.targeted);

// The inner cross-validation (threshold choice) groups files into this many folds, round-robin:
// a fold per file made every run train ~200 models.
const INNER_FOLDS = 5;

/** Out-of-fold scores for `set`: each group of files scored by a model trained on the others. */
function outOfFold(set: readonly Row[]): Scored[] {
  const files = [...new Set(set.map((r) => r.file))];
  const group = new Map(files.map((f, i) => [f, i % INNER_FOLDS]));
  return [...new Set(group.values())].flatMap((g) => {
    const model = train(set.filter((r) => group.get(r.file) !== g));
    return set
      .filter((r) => group.get(r.file) === g)
      .map((row) => ({ row, p: scoreNormalised(row.norm, model) }));
  });
}

// Vetoes tried: how sure the model must be that a message is safe to overrule a rule hit.
const VETOES = [0, 0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.25];

/**
 * Thresholds [self, client] and veto that catch the most crisis messages (right kind) while
 * keeping combined false positives within FPR_TARGET. Threshold candidates are the
 * none-messages' own scores, so every pair is a different trade; never below 0.5.
 */
function chooseCut(
  scored: readonly Scored[],
  target = FPR_TARGET,
  counted: (s: Scored) => boolean = () => true,
): Cut {
  // Only `counted` safe messages spend the false-positive budget (see --cuts).
  const none = scored.filter((s) => s.row.label === null && counted(s));
  const allowed = Math.floor(target * none.length);
  let best: Cut = { thresholds: [1, 1], veto: 0 };
  let bestHits = -1;
  for (const veto of VETOES) {
    // A firm rule hit fires whatever the model says (combine), so it always spends budget.
    const rulesFp = none.filter(
      (s) => s.row.rules && (s.row.rules.firm || s.p.self + s.p.client >= veto),
    ).length;
    const budget = allowed - rulesFp;
    if (budget < 0) continue;
    const open = none.filter((s) => !s.row.rules);
    // At most ~30 candidates per kind (every k-th edge): the pair search is quadratic.
    const candidates = (k: "self" | "client") => {
      const edges = open
        .map((s) => s.p[k] + 1e-6)
        .filter((t) => t > 0.5)
        .sort((a, b) => b - a)
        .slice(0, budget + 1);
      const step = Math.max(1, Math.ceil(edges.length / 30));
      return [1, ...edges.filter((_, i) => i % step === step - 1 || i === edges.length - 1), 0.5];
    };
    for (const ts of candidates("self")) {
      for (const tc of candidates("client")) {
        const fp = open.filter((s) => s.p.self >= ts || s.p.client >= tc).length;
        if (fp > budget) continue;
        const cut: Cut = { thresholds: [ts, tc], veto };
        const hits = scored.filter((s) => s.row.label && answer(s, cut)?.kind === s.row.label).length;
        if (hits > bestHits) [best, bestHits] = [cut, hits];
      }
    }
  }
  return best;
}

interface Tally {
  self: [number, number];
  client: [number, number];
  fp: [number, number];
}

function tally(scored: readonly Scored[], decide: (s: Scored) => CrisisSignal | null): Tally {
  const t: Tally = { self: [0, 0], client: [0, 0], fp: [0, 0] };
  for (const s of scored) {
    const got = decide(s)?.kind ?? null;
    if (s.row.label === null) t.fp = [t.fp[0] + (got ? 1 : 0), t.fp[1] + 1];
    else t[s.row.label] = [t[s.row.label][0] + (got === s.row.label ? 1 : 0), t[s.row.label][1] + 1];
  }
  return t;
}

const cell = ([a, b]: [number, number]) => `${a}/${b}`.padStart(7);
const fmt = (t: Tally) => `${cell(t.self)} ${cell(t.client)} ${cell(t.fp)}`;

/** One held-out file: its out-of-fold probabilities (in corpus order) and the cut it was scored at. */
interface Fold {
  file: string;
  cut: Cut;
  p: [number, number][];
}

/**
 * "full": the cut is chosen by an inner cross-validation over the other files only (honest).
 * "quick": the cut is chosen on the held-out file itself (optimistic; for comparing variants).
 */
type Mode = "full" | "quick";
// For comparing variants at one cut: FIXED_CUT=0.72,0.71,0.25 (self, client, veto).
const FIXED_CUT: Cut | undefined = process.env.FIXED_CUT
  ? (([s, c, v]) => ({ thresholds: [s!, c!] as const, veto: v! }))(
      process.env.FIXED_CUT.split(",").map(Number),
    )
  : undefined;

function runFold(set: readonly Row[], group: readonly string[], mode: Mode): Fold[] {
  const rest = set.filter((r) => !group.includes(r.file));
  const model = train(rest);
  // The inner choice depends only on `rest`, so a group shares it.
  const inner = FIXED_CUT ?? (mode === "full" ? chooseCut(outOfFold(rest)) : undefined);
  return group.map((file) => {
    const held = set.filter((r) => r.file === file);
    const p = held.map((row) => scoreNormalised(row.norm, model));
    const cut = inner ?? chooseCut(held.map((row, i) => ({ row, p: p[i]! })));
    return { file, cut, p: p.map((q) => [q.self, q.client]) };
  });
}

// OUTER_FOLDS=K groups the held-out files into K folds (round-robin in TRAIN_FILES order) instead
// of one fold per file: each model then trains on (K-1)/K of the authors rather than all but
// one, a little pessimistic, and K models instead of one per file (~40 s each on this corpus).
const OUTER_FOLDS = Number(process.env.OUTER_FOLDS ?? 0);

function foldGroups(files: readonly string[]): string[][] {
  if (!OUTER_FOLDS) return files.map((f) => [f]);
  const k = Math.min(OUTER_FOLDS, files.length);
  return Array.from({ length: k }, (_, g) => files.filter((_, i) => i % k === g));
}

interface WorkerJob {
  groups: string[][];
  exclude: string[];
  mode: Mode;
  l2: number;
}

// Folds are independent, so they run on every core: the full run trains ~200 models.
const WORKERS = Number(process.env.WORKERS ?? Math.min(4, availableParallelism()));

// Loader hooks registered by `node --import tsx` do not reach worker threads on Node 20, so each
// worker registers tsx itself before importing this file.
const BOOTSTRAP = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))})
  .then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); })`;

async function runFolds(set: readonly Row[], mode: Mode): Promise<Map<string, Fold>> {
  const files = [...new Set(set.map((r) => r.file))];
  const exclude = TRAIN_FILES.filter((f) => !files.includes(f));
  const groups = foldGroups(files);
  const shares = Array.from({ length: Math.min(WORKERS, groups.length) }, (_, w) =>
    groups.filter((_, i) => i % WORKERS === w),
  );
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<Fold[]>((resolve, reject) => {
          const job: WorkerJob = { groups: share, exclude, mode, l2: L2 };
          const worker = new Worker(BOOTSTRAP, { eval: true, workerData: job });
          worker.once("message", resolve);
          worker.once("error", reject);
          worker.once("exit", (code) => code !== 0 && reject(new Error(`fold worker exited ${code}`)));
        }),
    ),
  );
  return new Map(results.flat().map((f) => [f.file, f]));
}

/** Leave-one-file-out with nested threshold choice; prints the table, returns all OOF scores. */
async function crossValidate(
  set: readonly Row[],
  quiet = false,
  mode: Mode = "full",
): Promise<{ scored: Scored[]; sum: Tally; solo: Tally }> {
  const files = [...new Set(set.map((r) => r.file))];
  const folds = await runFolds(set, mode);
  const all: Scored[] = [];
  const sum: Tally = { self: [0, 0], client: [0, 0], fp: [0, 0] };
  const solo: Tally = { self: [0, 0], client: [0, 0], fp: [0, 0] };
  if (!quiet) {
    console.log(`\nLeave-one-file-out, ${mode} (self / client / false positives)   L2=${L2}`);
    console.log(
      `${"held out".padEnd(24)}${["rules", "model", "combined"].map((h) => h.padEnd(25)).join("")}t`,
    );
  }
  for (const file of files) {
    const { cut, p } = folds.get(file)!;
    const scored = set
      .filter((r) => r.file === file)
      .map((row, i) => ({ row, p: { self: p[i]![0], client: p[i]![1] } }));
    all.push(...scored);
    const fire = (s: Scored) => combine(null, s.p, cut);
    const rules = tally(scored, (s) => s.row.rules);
    const alone = tally(scored, fire);
    const both = tally(scored, (s) => answer(s, cut));
    for (const k of ["self", "client", "fp"] as const) {
      sum[k] = [sum[k][0] + both[k][0], sum[k][1] + both[k][1]];
      solo[k] = [solo[k][0] + alone[k][0], solo[k][1] + alone[k][1]];
    }
    if (!quiet && process.argv.includes("--misses")) {
      for (const s of scored) {
        const got = answer(s, cut)?.kind ?? null;
        if (got === s.row.label) continue;
        const p = `${s.p.self.toFixed(2)}/${s.p.client.toFixed(2)}`;
        console.log(`  MISS ${file} label=${s.row.label} got=${got} p=${p}: ${s.row.text}`);
      }
    }
    if (!quiet) {
      const mark = file === HEADLINE ? " <- headline" : "";
      console.log(
        `${file.padEnd(24)}${fmt(rules)}   ${fmt(alone)}   ${fmt(both)}  ${describeCut(cut)}${mark}`,
      );
    }
  }
  if (!quiet) console.log(`${"total".padEnd(49)}${fmt(solo)}   ${fmt(sum)}`);
  return { scored: all, sum, solo };
}

async function main(): Promise<void> {
  if (process.argv.includes("--cuts")) {
    // Out-of-fold probabilities are the same in both modes (each file scored by a model trained
    // without it), so one quick pass is enough to compare where the shipped cut could sit: the
    // false-positive budget spent on every file, or only on files written to the label
    // specification by independent authors (the blind files), which the adversarial trap files
    // outnumber.
    const { scored } = await crossValidate(rows, true, "quick");
    if (process.env.OOF_OUT) {
      // The probabilities do not depend on the rules, so a rule change can be re-scored at any cut
      // from this file without retraining.
      const out = scored.map((s) => [s.row.file, s.row.text, s.row.label, s.p.self, s.p.client]);
      writeFileSync(process.env.OOF_OUT, JSON.stringify(out));
    }
    const sets: [string, (s: Scored) => boolean][] = [
      ["all files", () => true],
      ["blind-style files", (s) => /^crisis(?:-blind-\d+)?\.jsonl$/.test(s.row.file)],
      ["blind files", isBlind],
    ];
    for (const [name, counted] of sets) {
      for (const target of [0.04, 0.05, 0.06, 0.07]) {
        const cut = chooseCut(scored, target, counted);
        const all = tally(scored, (s) => answer(s, cut));
        const blind = tally(scored.filter(isBlind), (s) => answer(s, cut));
        console.log(
          `${name.padEnd(18)} FP<=${target}  ${describeCut(cut).padEnd(24)} all ${fmt(all)}   blind ${fmt(blind)}`,
        );
      }
    }
  } else if (process.argv.some((a) => a.startsWith("--from-oof="))) {
    // Ship without cross-validating again: the out-of-fold probabilities saved by --cuts, the
    // rules as they are now (a rule change needs no retraining), one final model on every file.
    const started = performance.now();
    const file = process.argv.find((a) => a.startsWith("--from-oof="))!.slice("--from-oof=".length);
    const saved = JSON.parse(readFileSync(file, "utf8")) as [string, string, unknown, number, number][];
    const byRow = new Map(saved.map(([f, text, , self, client]) => [`${f}\n${text}`, { self, client }]));
    const scored = rows.map((row) => {
      const p = byRow.get(`${row.file}\n${row.text}`);
      if (!p) throw new Error(`no saved score for a row of ${row.file}: run --cuts again`);
      return { row, p };
    });
    shipModel(chooseCut(scored), started);
  } else if (process.argv.includes("--quick")) {
    // For comparing feature or data changes fast: each held-out file scored at its own best cut
    // (thresholds and veto chosen ON the held-out file, FP within budget). Optimistic by design,
    // so never quoted; only the difference between two runs means anything.
    await crossValidate(rows, false, "quick");
  } else if (process.argv.includes("--tune")) {
    // Grid over L2 without the headline file, so it stays untouched by every choice.
    const set = rows.filter((r) => r.file !== HEADLINE);
    const grid = process.argv
      .find((a) => a.startsWith("--grid="))
      ?.slice(7)
      .split(",")
      .map(Number);
    for (const l2 of grid ?? [1e-5, 3e-5, 1e-4, 3e-4, 1e-3]) {
      const started = performance.now();
      L2 = l2;
      const out = await crossValidate(set, true);
      console.log(
        `L2=${l2}: model ${fmt(out.solo)}  combined ${fmt(out.sum)}  (${((performance.now() - started) / 1000).toFixed(1)} s)`,
      );
    }
  } else {
    const started = performance.now();
    const { scored } = await crossValidate(rows);
    shipModel(chooseCut(scored), started);
  }
}

/** Train on every file and write src/crisis/model-weights.ts with `cut`. */
function shipModel(cut: Cut, started: number): void {
  const model = { ...train(rows), ...cut };
  const encoded = encodeModel(model);
  const body = JSON.stringify(encoded, null, 2).replace(/"(\w+)":/g, "$1:");
  const source = `// Generated by bench/crisis-train.ts (npm run bench:crisis-train). Do not edit by hand.
// Trained on ${TRAIN_FILES.join(", ")}: ${rows.length} messages. L2 ${L2}, ${EPOCHS} epochs.
import type { EncodedModel } from "./model.ts";

export const MODEL_WEIGHTS: EncodedModel = ${body};
`;
  writeFileSync(fileURLToPath(new URL("../src/crisis/model-weights.ts", import.meta.url)), source);
  console.log(`\nshipped ${describeCut(cut)}, weights ${(source.length / 1024).toFixed(1)} KB`);
  console.log(`took ${((performance.now() - started) / 1000).toFixed(1)} s`);
  console.log(
    "then: npx biome check --write src/crisis/model-weights.ts (the output is biome-formatted in git)",
  );
}

if (isMainThread) {
  await main();
} else {
  const job = workerData as WorkerJob;
  const set = rows.filter((r) => !job.exclude.includes(r.file));
  parentPort!.postMessage(job.groups.flatMap((group) => runFold(set, group, job.mode)));
}
