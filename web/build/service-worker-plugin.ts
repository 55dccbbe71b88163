import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";

const template = fileURLToPath(new URL("./sw-template.js", import.meta.url));

/**
 * Emits /sw.js with the exact list of built files, so the app shell is precached by content hash
 * and a new deploy gets a new cache name. No third-party workbox: the worker is ~60 lines.
 */
export function serviceWorkerPlugin(): Plugin {
  return {
    name: "aluma-service-worker",
    apply: "build",
    generateBundle(_options, bundle) {
      // The PHI engine's name lexicon is large; it is cached on first use rather than on install,
      // so a visit to the landing page doesn't cost phone users a megabyte.
      const files = Object.keys(bundle).filter(
        (f) => !f.endsWith(".map") && f !== "sw.js" && !/\/phi-[^/]*\.js$/.test(f),
      );
      const shell = ["/", "/manifest.webmanifest", "/icon.svg", "/icon-192.png", "/icon-512.png"];
      const precache = [...new Set([...shell, ...files.map((f) => `/${f}`)])];
      const version = hash(precache.join("\n"));
      const source = readFileSync(template, "utf8")
        .replace("__PRECACHE__", JSON.stringify(precache))
        .replace("__VERSION__", JSON.stringify(version));
      this.emitFile({ type: "asset", fileName: "sw.js", source });
    },
  };
}

function hash(text: string): string {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0).toString(36);
}
