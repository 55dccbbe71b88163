/**
 * The offline reflection guide: a deterministic companion used when no model is configured.
 * It recognises the kind of message, reflects the theme back in fixed wording (never the user's
 * own words) and asks one or two questions that move through Gibbs' cycle as the conversation
 * goes on, ending toward Driscoll's "Now what?".
 */
import { classifyMessage } from "../research/classify.ts";
import {
  ACKS,
  APP_ANSWER,
  CLOSINGS,
  CRISIS_CLIENT,
  CRISIS_SELF,
  GREETINGS,
  OPENERS,
  PRIVACY_NOTE,
  STAGES,
  SUPERVISION_NUDGE,
  type Substantive,
  VALUE_PHRASES,
  VALUES_TENSION,
} from "./offline-guide-text.ts";
import { titleFor } from "./offline-guide-titles.ts";
import { classifyTopic, type Topic } from "./offline-guide-topics.ts";
import type { ChatMessage, LlmProvider, ReplyRequest } from "./provider.ts";
import { ProviderError } from "./provider.ts";

export { classifyTopic, type Topic } from "./offline-guide-topics.ts";

const MARKER = /\[[a-z ]+ removed for privacy\]/i;
const TRIVIAL: ReadonlySet<Topic> = new Set(["greeting", "closing", "app_question"]);

/** FNV-1a: a stable, dependency-free hash so the same conversation always gets the same words. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function pick<T>(pool: readonly T[], seed: number, salt: number): T {
  const item = pool[(seed + salt * 7919) % pool.length];
  if (item === undefined) throw new Error("empty pool");
  return item;
}

function isSubstantive(topic: Topic): topic is Substantive {
  return !TRIVIAL.has(topic);
}

/**
 * The 0-based reflective stage: user turns since the first substantive one. Short answers ("yes",
 * "not really") count — they answer the last question — but an opening "hi" or an app question don't.
 */
function stageOf(history: ChatMessage[]): number {
  const turns = history.filter((m) => m.role === "user").map((m) => classifyTopic(m.content));
  const start = turns.findIndex(isSubstantive);
  if (start === -1) return 0;
  return turns.slice(start).filter((t) => t !== "app_question").length;
}

/** A short follow-up ("yes", "I think so") continues the last substantive theme. */
function carriedTopic(history: ChatMessage[]): Substantive {
  for (let i = history.length - 1; i >= 0; i--) {
    const m = history[i];
    if (m?.role !== "user") continue;
    const t = classifyTopic(m.content);
    if (isSubstantive(t) && t !== "general") return t;
  }
  return "general";
}

function valueLine(text: string, history: ChatMessage[], topic: Substantive): string | null {
  const said = history.filter((m) => m.role === "assistant").map((m) => m.content);
  const fresh = classifyMessage(text).values.filter((v) => {
    const phrase = VALUE_PHRASES[v];
    return phrase !== undefined && !said.some((s) => s.includes(phrase));
  });
  const first = fresh[0];
  if (first !== undefined) return `This seems to touch on the NASW value of ${VALUE_PHRASES[first]}.`;
  if (topic === "ethics" && !said.some((s) => s.includes(VALUES_TENSION))) return VALUES_TENSION;
  return null;
}

function reflect(newest: string, history: ChatMessage[]): string {
  const own = classifyTopic(newest);
  const stage = stageOf(history);
  const seed = hash(`${newest}\u0000${stage}`);

  if (own === "app_question") return APP_ANSWER;
  if (own === "closing") return pick(CLOSINGS, seed, 1);
  if (own === "greeting" && stage === 0) return pick(GREETINGS, seed, 1);

  const topic: Substantive = isSubstantive(own) && own !== "general" ? own : carriedTopic(history);
  const parts: string[] = [];
  const ackTopic = isSubstantive(own) && own !== "general" ? own : "general";
  parts.push(pick(ACKS[ackTopic], seed, 2));

  const earlierMarker = history.some((m) => m.role === "user" && MARKER.test(m.content));
  if (MARKER.test(newest) && !earlierMarker) parts.push(PRIVACY_NOTE);

  const value = valueLine(newest, history, topic);
  if (value) parts.push(value);

  const questions: string[] = [];
  if (stage === 0) {
    questions.push(pick(OPENERS[topic], seed, 3));
  } else {
    const last = STAGES.length - 1;
    // Someone who has just named their feelings doesn't need to be asked for them: move on.
    const skipFeelings = stage === 1 && own === "feelings" ? 1 : 0;
    let stageIndex = Math.min(stage - 1 + skipFeelings, last);
    // After a skip, the stage can coincide with the one just asked: never ask the same stage twice running.
    const lastReply = [...history].reverse().find((m) => m.role === "assistant")?.content ?? "";
    if (stageIndex < last && STAGES[stageIndex]?.some((q) => lastReply.includes(q))) stageIndex++;
    questions.push(pick(STAGES[stageIndex] ?? [], seed, 3));
    // The action-plan stage pairs "Now what?" with supervision, where reflection becomes support.
    if (stageIndex === last) questions.push(pick(SUPERVISION_NUDGE, seed, 4));
  }
  // A values question already asks something; keep to at most two questions in all.
  if (value === VALUES_TENSION) questions.splice(1);
  parts.push(questions.join(" "));
  return parts.join("\n\n");
}

/** The whole reply for a request; exported so tests and the non-streaming path agree exactly. */
export function composeReply(request: Pick<ReplyRequest, "messages" | "crisis">): string {
  if (request.crisis === "self") return CRISIS_SELF;
  if (request.crisis === "client") return CRISIS_CLIENT;
  const msgs = request.messages;
  let newestIndex = -1;
  for (let i = msgs.length - 1; i >= 0; i--) {
    if (msgs[i]?.role === "user") {
      newestIndex = i;
      break;
    }
  }
  const newest = msgs[newestIndex];
  if (!newest) return pick(GREETINGS, 0, 0);
  return reflect(newest.content, msgs.slice(0, newestIndex));
}

/** Word-sized pieces that concatenate back to the original text, whitespace included. */
export function chunkWords(text: string): string[] {
  return text.match(/\s*\S+|\s+$/g) ?? [];
}

export function createOfflineGuide(): LlmProvider {
  return {
    name: "offline-guide",
    async *streamReply(request: ReplyRequest): AsyncIterable<string> {
      const reply = composeReply(request);
      for (const chunk of chunkWords(reply)) {
        if (request.signal?.aborted) return;
        yield chunk;
      }
    },
    async generateTitle({ userMessage, signal }) {
      if (signal?.aborted) throw new ProviderError("title generation aborted", "aborted");
      return titleFor(userMessage);
    },
  };
}
