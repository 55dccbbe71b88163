import { describe, expect, it } from "vitest";
import { hashPassword, needsRehash, parseHash, verifyPassword } from "./password-hash.ts";

describe("scrypt password hashing", () => {
  it("hashes with the production parameters (N=2^17, r=8, p=1) and a 16-byte salt", async () => {
    const production = { logN: 17, r: 8, p: 1 };
    const hash = await hashPassword("correct horse battery staple", production);
    expect(hash).toMatch(/^scrypt\$ln=17,r=8,p=1\$/);
    const parsed = parseHash(hash)!;
    expect(parsed.salt).toHaveLength(16);
    expect(parsed.key).toHaveLength(32);
    expect(await verifyPassword("correct horse battery staple", hash)).toBe(true);
    expect(await verifyPassword("correct horse battery stapler", hash)).toBe(false);
    expect(needsRehash(hash, production)).toBe(false);
  }, 30_000);

  it("uses a fresh salt every time and flags old parameters for rehash", async () => {
    const low = { logN: 10, r: 8, p: 1 };
    const a = await hashPassword("same password here", low);
    const b = await hashPassword("same password here", low);
    expect(a).not.toBe(b);
    expect(needsRehash(a, { logN: 11, r: 8, p: 1 })).toBe(true);
    expect(await verifyPassword("same password here", "garbage")).toBe(false);
  });
});
