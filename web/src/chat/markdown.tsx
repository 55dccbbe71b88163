import DOMPurify from "dompurify";
import { Marked } from "marked";
import { useLayoutEffect, useRef } from "react";
import { MARKER_PATTERN } from "../lib/markers.ts";

// Links from the model open in a new tab and pass no referrer or authority.
DOMPurify.addHook("afterSanitizeAttributes", (node) => {
  if (node.tagName === "A") {
    node.setAttribute("target", "_blank");
    node.setAttribute("rel", "noopener noreferrer nofollow");
  }
});

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

// Raw HTML in a message is shown as text, never parsed: answers are markdown only. DOMPurify
// below is the second line of defence for whatever markdown itself produces (links, say).
const markdown = new Marked({
  gfm: true,
  breaks: true,
  renderer: { html: ({ text }) => escapeHtml(text) },
});

const PURIFY = {
  RETURN_DOM_FRAGMENT: true as const,
  USE_PROFILES: { html: true },
  // No remote images (tracking pixels), no forms, no inline styles.
  FORBID_TAGS: ["img", "style", "form", "input", "button", "textarea", "select", "iframe", "video", "audio"],
  FORBID_ATTR: ["style", "srcset"],
};

/** Markdown → sanitized DOM, with redaction markers turned into chips. Never via innerHTML. */
export function renderMarkdown(source: string): DocumentFragment {
  const html = markdown.parse(source, { async: false });
  const fragment = DOMPurify.sanitize(html, PURIFY);
  chipify(fragment);
  return fragment;
}

export function markerChip(label: string): HTMLSpanElement {
  const chip = document.createElement("span");
  chip.className = "redaction-chip";
  chip.textContent = `${label} removed for privacy`;
  return chip;
}

function chipify(root: DocumentFragment) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const targets: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (MARKER_PATTERN.test(node.nodeValue ?? "")) targets.push(node as Text);
    MARKER_PATTERN.lastIndex = 0;
  }
  for (const node of targets) {
    const text = node.nodeValue ?? "";
    const parts: Node[] = [];
    let last = 0;
    for (const match of text.matchAll(MARKER_PATTERN)) {
      const index = match.index ?? 0;
      if (index > last) parts.push(document.createTextNode(text.slice(last, index)));
      parts.push(markerChip(match[1] ?? "detail"));
      last = index + match[0].length;
    }
    if (last < text.length) parts.push(document.createTextNode(text.slice(last)));
    node.replaceWith(...parts);
  }
}

export function Markdown({ text, className }: { text: string; className?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    ref.current?.replaceChildren(renderMarkdown(text));
  }, [text]);
  return <div ref={ref} className={className ? `markdown ${className}` : "markdown"} />;
}
