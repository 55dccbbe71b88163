#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx aluma ...` works from a plain clone.
import { register } from "tsx/esm/api";

register();
await import("../src/cli.ts");
