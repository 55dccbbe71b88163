import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseKeyRing } from "./key-ring.ts";

const key = (id: string) => `${id}:${randomBytes(32).toString("base64")}`;

describe("key ring", () => {
  it("round-trips text with the current key and never stores plaintext", () => {
    const ring = parseKeyRing(key("k1"));
    const enc = ring.encrypt("a reflection about [name removed for privacy]", "message:1");
    expect(enc.keyId).toBe("k1");
    expect(enc.ciphertext).not.toContain("reflection");
    expect(Buffer.from(enc.ciphertext, "base64").toString("utf8")).not.toContain("reflection");
    expect(ring.decrypt(enc, "message:1")).toBe("a reflection about [name removed for privacy]");
  });

  it("uses a fresh IV each time", () => {
    const ring = parseKeyRing(key("k1"));
    expect(ring.encrypt("same", "c").ciphertext).not.toBe(ring.encrypt("same", "c").ciphertext);
  });

  it("refuses a ciphertext moved to another context or tampered with", () => {
    const ring = parseKeyRing(key("k1"));
    const enc = ring.encrypt("secret", "message:1");
    expect(() => ring.decrypt(enc, "message:2")).toThrow();
    const raw = Buffer.from(enc.ciphertext, "base64");
    raw[14] = (raw[14] ?? 0) ^ 1;
    expect(() => ring.decrypt({ ...enc, ciphertext: raw.toString("base64") }, "message:1")).toThrow();
  });

  it("decrypts with older keys after rotation and encrypts with the newest", () => {
    const oldKey = key("k1");
    const before = parseKeyRing(oldKey).encrypt("old text", "ctx");
    const rotated = parseKeyRing(`${key("k2")},${oldKey}`);
    expect(rotated.currentKeyId).toBe("k2");
    expect(rotated.decrypt(before, "ctx")).toBe("old text");
    expect(rotated.encrypt("new", "ctx").keyId).toBe("k2");
  });

  it.each(["", "k1:short", "nocolon", `${key("a")},${key("a").replace(/^a/, "a")}`])(
    "refuses a malformed DATA_KEY (%#)",
    (value) => {
      expect(() => parseKeyRing(value)).toThrow(/DATA_KEY/);
    },
  );
});
