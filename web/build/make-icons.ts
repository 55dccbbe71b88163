/**
 * Renders the SVG icons to the PNG sizes the manifest and iOS need. Run once after changing an
 * icon: `node --import tsx web/build/make-icons.ts` (uses Debian's Chromium).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const pub = (name: string) => fileURLToPath(new URL(`../public/${name}`, import.meta.url));
const targets = [
  { svg: "icon.svg", png: "icon-192.png", size: 192 },
  { svg: "icon.svg", png: "icon-512.png", size: 512 },
  { svg: "icon-maskable.svg", png: "icon-maskable-512.png", size: 512 },
];

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu"],
});
try {
  for (const t of targets) {
    const page = await browser.newPage({ viewport: { width: t.size, height: t.size } });
    const svg = readFileSync(pub(t.svg), "utf8");
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace("<svg ", `<svg width="${t.size}" height="${t.size}" `)}</body></html>`,
    );
    await page.screenshot({ path: pub(t.png), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
