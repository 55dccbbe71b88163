/**
 * scrypt password hashing. Parameters live in the stored string, so they can be raised later and
 * old hashes upgraded on the next successful login.
 *
 * Format: scrypt$ln=17,r=8,p=1$<salt base64>$<hash base64>
 */
import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";
import { availableParallelism } from "node:os";
import { QUEUE_FULL, Semaphore } from "../../lib/semaphore.ts";
import { AppError } from "../../server/errors.ts";

export interface ScryptParams {
  logN: number;
  r: number;
  p: number;
}

const KEY_LENGTH = 32;
const SALT_LENGTH = 16;

// One hash at N=2^17 holds 128 MiB and ~0.6 s of a core: allow one per core, and a short queue.
const hashing = new Semaphore(Math.max(1, availableParallelism()), 64);

function scryptAsync(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const N = 2 ** params.logN;
  const maxmem = 128 * N * params.r * 2 + 1024 * 1024;
  return new Promise((resolve, reject) => {
    scrypt(
      password.normalize("NFKC"),
      salt,
      KEY_LENGTH,
      { N, r: params.r, p: params.p, maxmem },
      (err, key) => (err ? reject(err) : resolve(key)),
    );
  });
}

async function bounded(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const result = await hashing.run(() => scryptAsync(password, salt, params));
  if (result === QUEUE_FULL) {
    throw new AppError("unavailable", "The service is busy. Please try again in a moment.", {
      retryAfter: 2,
    });
  }
  return result;
}

export async function hashPassword(password: string, params: ScryptParams): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await bounded(password, salt, params);
  return `scrypt$ln=${params.logN},r=${params.r},p=${params.p}$${salt.toString("base64")}$${key.toString("base64")}`;
}

export function parseHash(stored: string): { params: ScryptParams; salt: Buffer; key: Buffer } | null {
  const match = /^scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)$/.exec(
    stored,
  );
  if (!match) return null;
  return {
    params: { logN: Number(match[1]), r: Number(match[2]), p: Number(match[3]) },
    salt: Buffer.from(match[4]!, "base64"),
    key: Buffer.from(match[5]!, "base64"),
  };
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed) return false;
  const candidate = await bounded(password, parsed.salt, parsed.params);
  return candidate.length === parsed.key.length && timingSafeEqual(candidate, parsed.key);
}

export function needsRehash(stored: string, current: ScryptParams): boolean {
  const parsed = parseHash(stored);
  if (!parsed) return true;
  const p = parsed.params;
  return p.logN !== current.logN || p.r !== current.r || p.p !== current.p;
}

/**
 * A real hash of a random secret at the current parameters. Unknown emails are verified against
 * it so a login for a missing account costs the same time as one for a real account.
 */
export async function createDummyHash(params: ScryptParams): Promise<string> {
  return hashPassword(randomBytes(24).toString("base64"), params);
}
