// resources.ts directly: the package index also re-exports a CLI that has no place in a browser.
import { CRISIS_RESOURCES as SHARED } from "../../../src/crisis/resources.ts";
import type { CrisisResource } from "../api/types.ts";

/** The same list the server sends with a crisis reply, bundled so help works offline too. */
export const CRISIS_RESOURCES: readonly CrisisResource[] = SHARED as readonly CrisisResource[];
