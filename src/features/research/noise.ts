/**
 * Optional Laplace noise for research counts (docs/privacy.md). The noise for a cell is derived
 * from a secret and the cell's (week, label, true count): asking again returns the same answer, so
 * repeating a query and averaging cannot strip the noise away.
 */
import { createHash, createHmac } from "node:crypto";

export type NoiseFn = (week: string, label: string, count: number) => number;

export function createLaplaceNoise(epsilon: number, secretMaterial: string): NoiseFn {
  const key = createHash("sha256").update("aluma:research-noise:v1\0").update(secretMaterial).digest();
  const scale = 1 / epsilon; // sensitivity 1: one contribution moves a cell by at most 1
  return (week, label, count) => {
    const digest = createHmac("sha256", key).update(`${week}|${label}|${count}`).digest();
    // 48 random bits → u in (-0.5, 0.5), never exactly ±0.5 (log(0)).
    const u = (digest.readUIntBE(0, 6) + 0.5) / 2 ** 48 - 0.5;
    const noise = -scale * Math.sign(u) * Math.log(1 - 2 * Math.abs(u));
    return Math.max(0, Math.round(count + noise));
  };
}
