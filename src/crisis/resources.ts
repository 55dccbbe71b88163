// Crisis resources shown by the reply and the UI. Wording is deliberately short and calm: a
// person reading this may be overwhelmed, so each line says what happens and how to reach it.

export interface CrisisResource {
  readonly id: string;
  readonly name: string;
  /** What to do, in a few words. */
  readonly action: string;
  /** A link that starts the call or message on phones. */
  readonly href: string;
  readonly description: string;
}

export const CRISIS_RESOURCES: readonly CrisisResource[] = Object.freeze([
  Object.freeze({
    id: "988",
    name: "988 Suicide & Crisis Lifeline",
    action: "Call or text 988",
    href: "tel:988",
    description:
      "Free and confidential, 24 hours a day. A trained counselor will listen and help you through this moment, whether it is about you or someone you are worried about.",
  }),
  Object.freeze({
    id: "crisis-text-line",
    name: "Crisis Text Line",
    action: "Text HOME to 741741",
    href: "sms:741741?&body=HOME",
    description: "Free, 24/7 support by text message if talking out loud feels like too much right now.",
  }),
  Object.freeze({
    id: "911",
    name: "911 Emergency services",
    action: "Call 911",
    href: "tel:911",
    description: "If you or someone else is in immediate danger, call 911 now.",
  }),
]);
