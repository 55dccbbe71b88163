/**
 * Secrets the embedded default needs, generated once into DATA_DIR with mode 0600 and reused.
 * With DATABASE_URL (several instances, one database) the operator must supply DATA_KEY, since a
 * per-machine generated key would differ between instances.
 */
import { randomBytes } from "node:crypto";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { type Config, ConfigError } from "../env.ts";

const secretsFile = z.object({ dataKey: z.string().min(1) });

export const secretsPath = (dataDir: string) => path.resolve(dataDir, "secrets.json");

export function generateDataKey(id = "k1"): string {
  return `${id}:${randomBytes(32).toString("base64")}`;
}

export async function readSecrets(dataDir: string): Promise<{ dataKey: string } | null> {
  try {
    return secretsFile.parse(JSON.parse(await readFile(secretsPath(dataDir), "utf8")));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw new ConfigError(`${secretsPath(dataDir)} is unreadable or malformed; restore it from backup.`);
  }
}

export async function writeSecrets(dataDir: string, secrets: { dataKey: string }): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  const file = secretsPath(dataDir);
  await writeFile(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
}

/** Returns the config with DATA_KEY filled in, generating it on first start of the embedded mode. */
export async function ensureSecrets(config: Config): Promise<Config> {
  if (config.dataKey) return config;
  if (config.databaseUrl && config.nodeEnv === "production") {
    throw new ConfigError("Invalid configuration:\n  - DATA_KEY is required with DATABASE_URL in production");
  }
  const existing = await readSecrets(config.dataDir);
  if (existing) return { ...config, dataKey: existing.dataKey };
  const secrets = { dataKey: generateDataKey() };
  await writeSecrets(config.dataDir, secrets);
  return { ...config, dataKey: secrets.dataKey };
}
