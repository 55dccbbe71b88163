import { api } from "../api/client.ts";
import { keys, queryClient } from "../api/queries.ts";
import type { Me } from "../api/types.ts";
import { navigate } from "./router.tsx";

export async function afterSignIn(user: Me | undefined): Promise<void> {
  if (user) queryClient.setQueryData(keys.me, user);
  await queryClient.invalidateQueries({ queryKey: keys.me });
  navigate("/chat");
}

/** Forget everything cached in memory about the previous user. */
export function clearSession(): void {
  queryClient.clear();
  queryClient.setQueryData(keys.me, null);
}

export async function logout(): Promise<void> {
  try {
    await api("/api/auth/logout", { method: "POST", body: {} });
  } finally {
    clearSession();
    navigate("/");
  }
}

// A one-time notice for the next page (e.g. after account deletion); memory only.
let flash: string | null = null;
export function setFlash(message: string): void {
  flash = message;
}
export function takeFlash(): string | null {
  const message = flash;
  flash = null;
  return message;
}
