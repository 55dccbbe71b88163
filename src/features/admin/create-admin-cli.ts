import { openDatabase } from "../../db/client.ts";
import type { Config } from "../../env.ts";
import { parseCreateAdminArgs, promoteUser, UsageError } from "./create-admin.ts";

/** Exit code 0 when promoted, 1 when no such account, 2 on bad arguments. */
export async function runCreateAdminCli(args: string[], config: Config): Promise<number> {
  let parsed: ReturnType<typeof parseCreateAdminArgs>;
  try {
    parsed = parseCreateAdminArgs(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(
      `${error.message}\nUsage: aluma create-admin --email EMAIL [--role admin|researcher]\n`,
    );
    return 2;
  }
  const database = await openDatabase(config);
  try {
    if (!(await promoteUser(database.db, parsed.email, parsed.role))) {
      process.stderr.write("No account has that email. Sign up in the app first, then run this again.\n");
      return 1;
    }
    process.stderr.write(`The account is now ${parsed.role === "admin" ? "an admin" : "a researcher"}.\n`);
    return 0;
  } finally {
    await database.close();
  }
}
