/**
 * `aluma rotate-key`: re-encrypts every stored message and title whose key id is not the current
 * one, in batches, each batch in its own transaction.
 *
 * Embedded mode (no DATA_KEY in the environment): a new key is generated and put first in
 * DATA_DIR/secrets.json BEFORE any row is touched, so a crash mid-way never leaves rows under a
 * key that was not saved. With an env DATA_KEY the operator puts the new key first and runs this.
 * Old keys stay in the ring (they still decrypt) until the operator removes them afterwards.
 */
import { and, asc, eq, gt, isNotNull, ne } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { conversations, messages } from "../db/schema.ts";
import type { Config } from "../env.ts";
import { generateDataKey, readSecrets, writeSecrets } from "../server/secrets.ts";
import { type KeyRing, parseKeyRing } from "./key-ring.ts";

const MIN_UUID = "00000000-0000-0000-0000-000000000000";

export interface RotationResult {
  messages: number;
  titles: number;
}

/** Keyset walk over rows not yet under the current key; terminates even if writers keep going. */
export async function rotateStoredKeys(db: Db, keyRing: KeyRing, batchSize = 500): Promise<RotationResult> {
  const current = keyRing.currentKeyId;
  const result: RotationResult = { messages: 0, titles: 0 };

  for (let after = MIN_UUID; ; ) {
    const batch = await db
      .select({ id: messages.id, ciphertext: messages.contentCiphertext, keyId: messages.keyId })
      .from(messages)
      .where(and(ne(messages.keyId, current), gt(messages.id, after)))
      .orderBy(asc(messages.id))
      .limit(batchSize);
    if (batch.length === 0) break;
    await db.transaction(async (tx) => {
      for (const row of batch) {
        const context = `message:${row.id}`;
        const fresh = keyRing.encrypt(keyRing.decrypt(row, context), context);
        // Only if unchanged since read: a concurrent write already stored newer content.
        const updated = await tx
          .update(messages)
          .set({ contentCiphertext: fresh.ciphertext, keyId: fresh.keyId })
          .where(and(eq(messages.id, row.id), eq(messages.contentCiphertext, row.ciphertext)))
          .returning({ id: messages.id });
        result.messages += updated.length;
      }
    });
    after = batch.at(-1)!.id;
  }

  for (let after = MIN_UUID; ; ) {
    const batch = await db
      .select({
        id: conversations.id,
        ciphertext: conversations.titleCiphertext,
        keyId: conversations.titleKeyId,
      })
      .from(conversations)
      .where(
        and(
          isNotNull(conversations.titleCiphertext),
          ne(conversations.titleKeyId, current),
          gt(conversations.id, after),
        ),
      )
      .orderBy(asc(conversations.id))
      .limit(batchSize);
    if (batch.length === 0) break;
    await db.transaction(async (tx) => {
      for (const row of batch) {
        if (row.ciphertext === null || row.keyId === null) continue;
        const context = `conversation-title:${row.id}`;
        const fresh = keyRing.encrypt(
          keyRing.decrypt({ ciphertext: row.ciphertext, keyId: row.keyId }, context),
          context,
        );
        const updated = await tx
          .update(conversations)
          .set({ titleCiphertext: fresh.ciphertext, titleKeyId: fresh.keyId })
          .where(and(eq(conversations.id, row.id), eq(conversations.titleCiphertext, row.ciphertext)))
          .returning({ id: conversations.id });
        result.titles += updated.length;
      }
    });
    after = batch.at(-1)!.id;
  }
  return result;
}

/** The next unused key id: k1, k2, ... */
export function nextKeyId(ids: readonly string[]): string {
  const numbers = ids.map((id) => /^k(\d+)$/.exec(id)?.[1]).map((n) => (n ? Number(n) : 0));
  let next = Math.max(0, ...numbers) + 1;
  while (ids.includes(`k${next}`)) next++;
  return `k${next}`;
}

/**
 * The key ring to rotate to. Env DATA_KEY: used as given (its first key is the target).
 * Embedded: a fresh key is generated, prepended in DATA_DIR/secrets.json, and returned.
 */
export async function prepareRotationKeyRing(
  config: Config,
): Promise<{ dataKey: string; generatedKeyId: string | null }> {
  if (config.dataKey) return { dataKey: config.dataKey, generatedKeyId: null };
  const secrets = await readSecrets(config.dataDir);
  if (!secrets) throw new Error(`No DATA_KEY and no ${config.dataDir}/secrets.json: nothing to rotate.`);
  const ring = parseKeyRing(secrets.dataKey);
  const id = nextKeyId(ring.keyIds);
  const dataKey = `${generateDataKey(id)},${secrets.dataKey}`;
  await writeSecrets(config.dataDir, { dataKey });
  return { dataKey, generatedKeyId: id };
}

/** The CLI command: prepare the ring, re-encrypt, report counts (never content) on stderr. */
export async function runRotateKeyCli(config: Config, log: (line: string) => void): Promise<number> {
  const { openDatabase } = await import("../db/client.ts");
  const { dataKey, generatedKeyId } = await prepareRotationKeyRing(config);
  const keyRing = parseKeyRing(dataKey);
  if (generatedKeyId) log(`generated key ${generatedKeyId} in ${config.dataDir}/secrets.json`);
  const database = await openDatabase(config);
  try {
    const result = await rotateStoredKeys(database.db, keyRing);
    log(
      `re-encrypted ${result.messages} messages and ${result.titles} titles with key ${keyRing.currentKeyId}; ` +
        "restart running servers so they encrypt with it too",
    );
    return 0;
  } finally {
    await database.close();
  }
}
