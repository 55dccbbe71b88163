/**
 * aluma serve | migrate | redact [--jsonl] | crisis --jsonl | classify --jsonl | create-admin | rotate-key
 */
import { createInterface } from "node:readline";
import { openDatabase } from "./db/client.ts";
import { migrateDatabase } from "./db/migrate.ts";
import { ConfigError, loadConfig } from "./env.ts";
import { startServer } from "./server/server.ts";

const USAGE = `Usage: aluma <command>

  serve                 start the web server (default)
  migrate               apply database migrations
  redact [--jsonl]      redact PHI from stdin (plain text, or JSON lines {"text"})
  crisis --jsonl        crisis signals for JSON lines {"text"}
  classify --jsonl      research labels for JSON lines {"text"}
  create-admin          make an existing account an admin: --email EMAIL [--role admin|researcher]
  rotate-key            re-encrypt stored content with the newest DATA_KEY
`;

async function* stdinLines(): AsyncIterable<string> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  // Newline kept: the runners accept chunks that may hold several lines or part of one.
  for await (const line of rl) yield `${line}\n`;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

const write = (s: string) => {
  process.stdout.write(s);
};

async function main(argv: string[]): Promise<number> {
  const [command = "serve", ...rest] = argv;
  const flags = new Set(rest.filter((a) => a.startsWith("--")));
  switch (command) {
    case "serve":
      await startServer(loadConfig());
      return -1;
    case "migrate": {
      const config = loadConfig();
      const database = await openDatabase(config);
      await migrateDatabase(database);
      await database.close();
      process.stderr.write("migrations applied\n");
      return 0;
    }
    case "redact": {
      const { runRedactCli } = await import("./phi/cli.ts");
      const jsonl = flags.has("--jsonl");
      await runRedactCli(jsonl ? stdinLines() : await readStdin(), write, { jsonl });
      return 0;
    }
    case "crisis": {
      const { runCrisisCli } = await import("./crisis/cli.ts");
      await runCrisisCli(stdinLines(), write);
      return 0;
    }
    case "classify": {
      const { runClassifyCli } = await import("./research/cli.ts");
      await runClassifyCli(stdinLines(), write);
      return 0;
    }
    case "create-admin": {
      const { runCreateAdminCli } = await import("./features/admin/create-admin-cli.ts");
      return runCreateAdminCli(rest, loadConfig());
    }
    case "rotate-key": {
      const { runRotateKeyCli } = await import("./crypto/rotate-key.ts");
      return runRotateKeyCli(loadConfig(), (line) => process.stderr.write(`${line}\n`));
    }
    case "help":
    case "--help":
    case "-h":
      process.stdout.write(USAGE);
      return 0;
    default:
      process.stderr.write(`Unknown command: ${command}\n\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    process.stderr.write(`aluma: ${error instanceof Error ? error.message : "failed"}\n`);
    process.exit(1);
  },
);
