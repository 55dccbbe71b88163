/**
 * The privacy policy the user accepts. Its version is the "Last Updated" month of
 * privacy-policy.txt (a copy of shared/product/privacy-policy.txt); bump it with the text so users
 * are asked to accept again. policy.test.ts fails when the two disagree.
 */
export const POLICY_VERSION = "2026-01";
