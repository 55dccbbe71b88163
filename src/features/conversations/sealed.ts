/**
 * Encryption at rest for message content and conversation titles. The row id is bound into the
 * AES-GCM context, so a ciphertext copied to another row fails to decrypt instead of leaking.
 */
import type { KeyRing } from "../../crypto/key-ring.ts";

export const messageContext = (id: string) => `message:${id}`;
export const titleContext = (id: string) => `conversation-title:${id}`;

export function sealMessage(keyRing: KeyRing, id: string, content: string) {
  const { ciphertext, keyId } = keyRing.encrypt(content, messageContext(id));
  return { contentCiphertext: ciphertext, keyId };
}

export function openMessage(keyRing: KeyRing, row: { id: string; contentCiphertext: string; keyId: string }) {
  return keyRing.decrypt({ ciphertext: row.contentCiphertext, keyId: row.keyId }, messageContext(row.id));
}

export function sealTitle(keyRing: KeyRing, id: string, title: string) {
  const { ciphertext, keyId } = keyRing.encrypt(title, titleContext(id));
  return { titleCiphertext: ciphertext, titleKeyId: keyId };
}

export function openTitle(
  keyRing: KeyRing,
  row: { id: string; titleCiphertext: string | null; titleKeyId: string | null },
): string | null {
  if (row.titleCiphertext === null || row.titleKeyId === null) return null;
  return keyRing.decrypt({ ciphertext: row.titleCiphertext, keyId: row.titleKeyId }, titleContext(row.id));
}
