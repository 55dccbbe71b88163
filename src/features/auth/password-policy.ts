/**
 * NIST 800-63B style: length 12–128, no composition rules, refuse known-common passwords.
 * The blocklist is zxcvbn-ts's maintained common-password dictionary, plus zxcvbn's own guess
 * estimate to catch trivial variants of it ("password1234!", "qwertyqwerty").
 */
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

let factory: ZxcvbnFactory | undefined;
let commonSet: Set<string> | undefined;

function load() {
  if (!factory) {
    factory = new ZxcvbnFactory({
      graphs: common.adjacencyGraphs,
      dictionary: { ...common.dictionary, ...en.dictionary },
    });
    commonSet = new Set((common.dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase()));
  }
  return { zxcvbn: factory, commonSet: commonSet! };
}

/** Returns a reason the password is refused, or null when it is acceptable. */
export function checkPassword(password: string, context: string[] = []): string | null {
  if (password.length < PASSWORD_MIN) return `Use at least ${PASSWORD_MIN} characters.`;
  if (password.length > PASSWORD_MAX) return `Use at most ${PASSWORD_MAX} characters.`;
  const { zxcvbn, commonSet } = load();
  if (commonSet.has(password.toLowerCase())) return "This password is too common. Choose another.";
  // Only the estimate matters here; userInputs keeps the user's own name/email from being the password.
  const result = zxcvbn.check(password, context.filter(Boolean));
  if (result.score < 2) return "This password is too easy to guess. A few unrelated words work well.";
  return null;
}
