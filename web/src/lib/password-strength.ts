/**
 * A light, instant strength hint. The server has the final say (and its errors show next to the
 * field); this only nudges towards long passphrases without shipping a 1 MB dictionary.
 */
const COMMON = /password|qwerty|letmein|welcome|123456|abc123|iloveyou|admin|aluma|social/i;

export interface Strength {
  score: 0 | 1 | 2 | 3 | 4;
  label: string;
  tip: string;
}

export function passwordStrength(password: string): Strength {
  if (!password)
    return { score: 0, label: "", tip: "Use 12 or more characters. A few unrelated words work well." };
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) => r.test(password)).length;
  const unique = new Set(password).size;
  // Mirrors the server's policy: 12+ characters, no common passwords, hard to guess.
  let points = 1;
  if (password.length >= 14) points++;
  if (password.length >= 18 || (password.length >= 14 && classes >= 3)) points++;
  if (password.length >= 20 || /\s\S+\s/.test(password)) points++;
  if (COMMON.test(password) || unique < 6) points = Math.min(points, 1);
  if (password.length < 12) points = 0;
  const score = Math.min(points, 4) as Strength["score"];
  const labels = ["Too short", "Weak", "Fair", "Good", "Strong"] as const;
  const tips = [
    "Use at least 12 characters.",
    "Avoid common words and repeats. Try a short phrase.",
    "Longer is stronger: add another word.",
    "Good. A few more characters make it strong.",
    "Strong password.",
  ] as const;
  return { score, label: labels[score], tip: tips[score] };
}
