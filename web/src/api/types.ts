/** Shapes from DESIGN.md's HTTP contract. Fields other teams are still adding are optional. */
export interface Allowance {
  limit: number;
  used: number;
  remaining: number;
}

export interface Me {
  id: string;
  name: string;
  email: string;
  role: "user" | "researcher" | "admin";
  researchOptIn: boolean;
  plan?: string | null;
  subscriptionStatus?: string | null;
  allowance?: Allowance | null;
  billingEnabled?: boolean;
  policyAcceptanceRequired?: boolean;
  createdAt?: string;
}

export interface Folder {
  id: string;
  name: string;
}

export interface ConversationSummary {
  id: string;
  title: string | null;
  folderId: string | null;
  pinned: boolean;
  createdAt: string;
  updatedAt: string;
}

export type Provider = "openai" | "offline-guide";

export interface Message {
  id: string;
  role: "user" | "assistant";
  content: string;
  redactions?: number | Record<string, number> | unknown[];
  createdAt: string;
  provider?: Provider;
  stopped?: boolean;
  status?: string;
  crisis?: unknown;
}

export interface Conversation extends ConversationSummary {
  messages: Message[];
}

export interface CrisisResource {
  id: string;
  name: string;
  action: string;
  href: string;
  description: string;
}

export interface CrisisEvent {
  kind: string;
  resources?: CrisisResource[];
}

export interface DeviceSession {
  id: string;
  browser?: string | null;
  os?: string | null;
  device?: string | null;
  lastSeenAt?: string | null;
  createdAt?: string | null;
  current?: boolean;
}

export interface Policy {
  version: string;
  text: string;
}
