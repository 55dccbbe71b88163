/**
 * A test that makes the code print to console.error fails: unexpected errors must surface, not
 * scroll by (the Epic Stack's rule).
 */
import { afterEach, beforeEach, vi } from "vitest";

let errorSpy: ReturnType<typeof vi.spyOn> | undefined;

beforeEach(() => {
  errorSpy = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error was called: ${args.map(String).join(" ").slice(0, 200)}`);
  });
});

afterEach(() => {
  errorSpy?.mockRestore();
});
