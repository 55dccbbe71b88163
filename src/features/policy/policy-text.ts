import { readFileSync } from "node:fs";

/**
 * The policy text served by GET /api/policy. Read once at start: it ships with the release and is
 * never edited at run time. Kept apart from policy.ts so that the version constant stays free of
 * node:* imports.
 */
export const POLICY_TEXT = readFileSync(new URL("./privacy-policy.txt", import.meta.url), "utf8");
