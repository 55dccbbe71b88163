/**
 * The one way the web app talks to the server: JSON in and out, the CSRF double-submit header on
 * every state-changing request, and errors turned into ApiError with per-field messages.
 */
export type FieldErrors = Record<string, string[]>;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fieldErrors: FieldErrors = {},
    readonly retryAfter: number | null = null,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

const CSRF_COOKIE = /(?:^|;\s*)(?:__Host-)?aluma_csrf=([^;]*)/;
let csrfPromise: Promise<string> | null = null;

function csrfFromCookie(): string | null {
  const match = CSRF_COOKIE.exec(document.cookie);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

async function fetchCsrf(): Promise<string> {
  const res = await fetch("/api/auth/csrf", { credentials: "same-origin" });
  if (!res.ok) throw await toApiError(res);
  const body = (await res.json()) as { csrfToken?: string };
  return csrfFromCookie() ?? body.csrfToken ?? "";
}

export async function csrfToken(refresh = false): Promise<string> {
  if (!refresh) {
    const fromCookie = csrfFromCookie();
    if (fromCookie) return fromCookie;
  }
  csrfPromise ??= fetchCsrf().finally(() => {
    csrfPromise = null;
  });
  return csrfPromise;
}

/** Pulls field messages out of whatever shape the validation layer produced. */
function fieldErrorsOf(details: unknown): FieldErrors {
  if (!details || typeof details !== "object") return {};
  const d = details as Record<string, unknown>;
  const source = (d.fieldErrors ?? d.fields ?? d) as Record<string, unknown>;
  const out: FieldErrors = {};
  if (Array.isArray(details)) {
    for (const issue of details as Array<{ path?: unknown[]; message?: string }>) {
      const key = String(issue.path?.[0] ?? "");
      if (key && issue.message) out[key] = [...(out[key] ?? []), issue.message];
    }
    return out;
  }
  for (const [key, value] of Object.entries(source)) {
    if (Array.isArray(value)) out[key] = value.map(String);
    else if (typeof value === "string") out[key] = [value];
  }
  return out;
}

export async function toApiError(res: Response): Promise<ApiError> {
  let code = "http_error";
  let message = `Request failed (${res.status})`;
  let fields: FieldErrors = {};
  try {
    const body = (await res.json()) as { error?: { code?: string; message?: string; details?: unknown } };
    code = body.error?.code ?? code;
    message = body.error?.message ?? message;
    fields = fieldErrorsOf(body.error?.details);
  } catch {
    // Non-JSON body (proxy error page): keep the generic message.
  }
  const retry = Number(res.headers.get("retry-after"));
  return new ApiError(res.status, code, message, fields, Number.isFinite(retry) && retry > 0 ? retry : null);
}

export interface RequestOptions {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  body?: unknown;
  signal?: AbortSignal;
  accept?: string;
}

const unauthorizedListeners = new Set<() => void>();
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

/** Sends a request; for state-changing methods retries once with a fresh token on 403 csrf. */
export async function send(path: string, options: RequestOptions = {}, retried = false): Promise<Response> {
  const method = options.method ?? "GET";
  const headers: Record<string, string> = { accept: options.accept ?? "application/json" };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  if (method !== "GET") headers["x-csrf-token"] = await csrfToken(retried);
  const res = await fetch(path, {
    method,
    headers,
    credentials: "same-origin",
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: options.signal,
  });
  if (res.ok) return res;
  const error = await toApiError(res);
  if (error.status === 403 && error.code === "csrf" && !retried) return send(path, options, true);
  // A wrong password (invalid_credentials) is a 401 too, but only a lost session signs the UI out.
  if (error.status === 401 && error.code !== "invalid_credentials")
    for (const l of unauthorizedListeners) l();
  throw error;
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const res = await send(path, options);
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Lists come back as a bare array or wrapped ({items}, {folders}…); accept both. */
export function asList<T>(value: unknown, ...keys: string[]): T[] {
  if (Array.isArray(value)) return value as T[];
  if (value && typeof value === "object") {
    for (const key of ["items", ...keys]) {
      const inner = (value as Record<string, unknown>)[key];
      if (Array.isArray(inner)) return inner as T[];
    }
  }
  return [];
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 429 && error.retryAfter) {
      return `${error.message} Try again in ${error.retryAfter} seconds.`;
    }
    return error.message;
  }
  if (error instanceof TypeError) return "Can't reach Ask Aluma. Check your connection and try again.";
  return "Something went wrong. Please try again.";
}
