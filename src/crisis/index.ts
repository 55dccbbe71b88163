// Crisis-signal detection and the resources the app shows when it fires.
// Isomorphic: imported by the server (reply path) and the browser (UI), so no node: imports here.

export { runCrisisCli } from "./cli.ts";
export { type CrisisKind, type CrisisSignal, detectByRules, detectCrisis } from "./detect.ts";
export { type CrisisScore, scoreCrisis } from "./model.ts";
export { CRISIS_RESOURCES, type CrisisResource } from "./resources.ts";
