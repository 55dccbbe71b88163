import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { PASSWORD, type Viewport } from "./harness.ts";

const poll = { timeout: 15_000, interval: 100 };

export async function signUp(page: Page, name: string, email: string): Promise<void> {
  await page.goto("/signup");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByLabel("I am 18 or older").check();
  await page.getByLabel("I accept the privacy policy").check();
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL(/\/chat$/);
  await page.getByLabel("Message", { exact: true }).waitFor();
}

/** Opens the drawer on phones; the sidebar is always there on desktop. */
export async function openSidebar(page: Page, viewport: Viewport): Promise<void> {
  if (!viewport.mobile) return;
  const toggle = page.getByRole("button", { name: "Reflections menu" });
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  await page.locator("#sidebar[data-open='true']").waitFor();
}

export async function closeSidebar(page: Page, viewport: Viewport): Promise<void> {
  if (!viewport.mobile) return;
  const toggle = page.getByRole("button", { name: "Reflections menu" });
  if ((await toggle.getAttribute("aria-expanded")) === "true") await page.keyboard.press("Escape");
}

export async function typeAndPreview(page: Page, text: string): Promise<string> {
  const box = page.getByLabel("Message", { exact: true });
  await box.fill(text);
  await expect
    .poll(() => page.locator(".phi-status").textContent(), poll)
    .toMatch(/will be removed for privacy/);
  await expect.poll(() => page.locator(".phi-mark").count(), poll).toBeGreaterThan(0);
  return (await page.locator(".phi-status").textContent()) ?? "";
}

/** Sends and records every length the streaming answer passes through. */
export async function sendAndWatchStream(page: Page): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { __lengths: number[] };
    w.__lengths = [];
    new MutationObserver(() => {
      const el = document.querySelector(".from-aluma[aria-busy='true'] .message-body");
      if (el) w.__lengths.push(el.textContent?.length ?? 0);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.getByRole("button", { name: "Send" }).click();
  await page.waitForURL(/\/chat\/[\w-]+$/);
  await page.locator(".from-aluma:not([aria-busy]) .message-body").last().waitFor({ timeout: 30_000 });
  await expect.poll(() => page.getByRole("button", { name: "Send" }).count(), poll).toBe(1);
  return page.evaluate(() => [...new Set((window as unknown as { __lengths: number[] }).__lengths)]);
}

export async function createFolderAndMove(page: Page, viewport: Viewport, folder: string): Promise<void> {
  await openSidebar(page, viewport);
  await page.getByRole("button", { name: "New folder" }).click();
  await page.getByLabel("Folder name").fill(folder);
  await page.getByRole("button", { name: "Create folder" }).click();
  await page.getByRole("button", { name: folder, exact: true }).waitFor();
  await closeSidebar(page, viewport);
  await page.getByRole("button", { name: "Reflection actions" }).click();
  await page.getByRole("button", { name: "Move to folder" }).click();
  await page.getByLabel("Folder", { exact: true }).selectOption({ label: folder });
  await page.getByRole("button", { name: "Move", exact: true }).click();
  await page
    .locator("dialog[open]")
    .waitFor({ state: "detached", timeout: 5000 })
    .catch(() => undefined);
  await expect.poll(() => page.locator("dialog[open]").count(), poll).toBe(0);
}

export async function renameConversation(page: Page, title: string): Promise<void> {
  await page.getByRole("button", { name: "Reflection actions" }).click();
  await page.getByRole("button", { name: "Rename" }).click();
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByRole("button", { name: "Save" }).click();
  await expect.poll(() => page.locator("#conversation-title").textContent(), poll).toBe(title);
}

export async function search(page: Page, viewport: Viewport, query: string): Promise<string[]> {
  await openSidebar(page, viewport);
  await page.getByRole("button", { name: "All reflections" }).click();
  await page.getByLabel("Search reflections").fill(query);
  await expect
    .poll(() => page.locator("#conversations-heading").textContent(), poll)
    .toBe(query ? "Search results" : "Reflections");
  await page.waitForTimeout(400);
  await page.waitForLoadState("networkidle");
  const titles = await page.locator(".conversation-link-title").allTextContents();
  return titles;
}

export async function exportJson(page: Page): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download JSON" }).click(),
  ]);
  // The browser runs as a server (shared across files), so the file is copied over first.
  const file = path.join(await mkdtemp(path.join(tmpdir(), "aluma-export-")), "export.json");
  await download.saveAs(file);
  return readFile(file, "utf8");
}

export async function deleteAccount(page: Page): Promise<void> {
  await page.locator("#delete-password").fill(PASSWORD);
  await page.getByLabel("Type DELETE to confirm").fill("DELETE");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await page.waitForURL((url) => url.pathname === "/");
  await page.getByText("permanently deleted").waitFor();
}
