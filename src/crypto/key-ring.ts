/**
 * Field encryption for message content and titles: AES-256-GCM with a random 96-bit IV per value.
 * DATA_KEY holds one or more keys, `id:base64key` separated by commas; the first encrypts, all
 * decrypt, so keys rotate without downtime (`aluma rotate-key` re-encrypts old rows).
 *
 * Stored form: base64(iv ‖ ciphertext ‖ tag), with the key id in its own column.
 */
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface Encrypted {
  ciphertext: string;
  keyId: string;
}

export interface KeyRing {
  readonly currentKeyId: string;
  readonly keyIds: readonly string[];
  encrypt(plaintext: string, context: string): Encrypted;
  decrypt(value: Encrypted, context: string): string;
}

export class KeyRingError extends Error {
  override name = "KeyRingError";
}

export function parseKeyRing(dataKey: string): KeyRing {
  const keys = new Map<string, Buffer>();
  for (const entry of dataKey
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean)) {
    const match = /^([A-Za-z0-9_-]{1,32}):([A-Za-z0-9+/=]+)$/.exec(entry);
    const key = match ? Buffer.from(match[2]!, "base64") : undefined;
    if (!match || key?.length !== 32) {
      throw new KeyRingError(
        "DATA_KEY must be a comma-separated list of id:base64 entries with 32-byte keys",
      );
    }
    if (keys.has(match[1]!)) throw new KeyRingError(`DATA_KEY lists key id "${match[1]}" twice`);
    keys.set(match[1]!, key);
  }
  const [currentKeyId] = keys.keys();
  if (!currentKeyId) throw new KeyRingError("DATA_KEY holds no key");

  return {
    currentKeyId,
    keyIds: [...keys.keys()],
    // The context (e.g. "message:<id>") is bound as additional data: a ciphertext copied to
    // another row or column fails to decrypt instead of showing the wrong content.
    encrypt(plaintext, context) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv("aes-256-gcm", keys.get(currentKeyId)!, iv);
      cipher.setAAD(Buffer.from(context));
      const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
      return {
        ciphertext: Buffer.concat([iv, body, cipher.getAuthTag()]).toString("base64"),
        keyId: currentKeyId,
      };
    },
    decrypt(value, context) {
      const key = keys.get(value.keyId);
      if (!key) throw new KeyRingError(`Key "${value.keyId}" is not in DATA_KEY`);
      const raw = Buffer.from(value.ciphertext, "base64");
      if (raw.length < IV_BYTES + TAG_BYTES) throw new KeyRingError("Ciphertext is truncated");
      const decipher = createDecipheriv("aes-256-gcm", key, raw.subarray(0, IV_BYTES));
      decipher.setAAD(Buffer.from(context));
      decipher.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
      return Buffer.concat([
        decipher.update(raw.subarray(IV_BYTES, raw.length - TAG_BYTES)),
        decipher.final(),
      ]).toString("utf8");
    },
  };
}
