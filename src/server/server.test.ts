/**
 * The real entry point, as `npm start` runs it: embedded PGlite in a fresh DATA_DIR, generated
 * secrets, migrations at start, then SIGTERM ends it cleanly.
 */
import { spawn } from "node:child_process";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe("aluma serve", () => {
  it("starts on a fresh DATA_DIR, answers health, and exits 0 on SIGTERM", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "aluma-serve-"));
    dirs.push(dataDir);
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli.ts", "serve"], {
      // A bare environment, as on a fresh machine: nothing configured but where to listen and store.
      env: { PORT: "0", DATA_DIR: dataDir, LOG_LEVEL: "info" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const address = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no listen line: ${output.slice(0, 500)}`)), 45_000);
      child.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        const match = /listening at (http:\/\/127\.0\.0\.1:\d+)/i.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
      child.once("exit", (code) => reject(new Error(`exited early with ${code}: ${output.slice(0, 500)}`)));
    });
    const health = await fetch(`${address}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
    expect(await readdir(dataDir)).toEqual(expect.arrayContaining(["secrets.json", "pglite"]));

    const exit = new Promise<number | null>((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    expect(await exit).toBe(0);
  }, 60_000);
});
