/**
 * PostgreSQL's unique_violation (SQLSTATE 23505), whether the driver error arrives bare (pg,
 * PGlite) or wrapped by Drizzle in a DrizzleQueryError whose cause is the driver error.
 */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } } | undefined;
  return (e?.code ?? e?.cause?.code) === "23505";
}
