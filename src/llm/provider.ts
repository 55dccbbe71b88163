/**
 * One interface for every model provider. Products code only against this, so the offline
 * reflection guide and any OpenAI-compatible server are interchangeable.
 *
 * Every string that crosses this interface is already redacted by src/phi: providers never see
 * raw user text.
 */
export type ChatRole = "system" | "user" | "assistant";

export interface ChatMessage {
  role: ChatRole;
  content: string;
}

export type CrisisKind = "self" | "client";

export interface ReplyRequest {
  /** Redacted conversation history, oldest first, ending with the user's newest message. */
  messages: ChatMessage[];
  /** Set when src/crisis fired on the newest message; the reply must be supportive and point to help. */
  crisis?: CrisisKind | null;
  signal?: AbortSignal;
}

export interface LlmProvider {
  readonly name: "openai" | "offline-guide";
  /** Yields the answer in pieces as they arrive. Throws ProviderError on failure. */
  streamReply(request: ReplyRequest): AsyncIterable<string>;
  /** A short title (≤ 60 chars) for a conversation from its first, redacted exchange. */
  generateTitle(request: {
    userMessage: string;
    assistantMessage: string;
    signal?: AbortSignal;
  }): Promise<string>;
}

export class ProviderError extends Error {
  constructor(
    message: string,
    readonly kind: "timeout" | "unavailable" | "bad_response" | "aborted",
  ) {
    super(message);
    this.name = "ProviderError";
  }
}
