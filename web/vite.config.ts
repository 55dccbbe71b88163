import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { serviceWorkerPlugin } from "./build/service-worker-plugin.ts";

const root = fileURLToPath(new URL(".", import.meta.url));
const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  version: string;
};

export default defineConfig({
  root,
  base: "/",
  plugins: [react(), serviceWorkerPlugin()],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  // The server applies a strict CSP (script-src 'self'): nothing may be inlined into index.html.
  build: {
    outDir: "dist",
    emptyOutDir: true,
    assetsInlineLimit: 0,
    target: "es2022",
    sourcemap: false,
    modulePreload: { polyfill: false },
    // The lazily loaded PHI engine carries a ~1 MB name lexicon; everything else is far smaller.
    chunkSizeWarningLimit: 1200,
  },
  server: {
    // `npm run dev` serves the API on :3000; the Vite dev server proxies to it.
    proxy: { "/api": "http://127.0.0.1:3000" },
    fs: { allow: [fileURLToPath(new URL("..", import.meta.url))] },
  },
});
