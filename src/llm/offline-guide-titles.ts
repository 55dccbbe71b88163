/**
 * Titles for the offline guide. Every title is a fixed phrase picked by theme, so a title can
 * never carry a name, a place or a privacy marker from the user's message.
 */
import { classifyTopic, type Topic } from "./offline-guide-topics.ts";

type Rule = [RegExp, string];

// Checked first: a title like "Reflecting on a home visit" would be tone-deaf for a message in distress.
const DISTRESS =
  /\b(suicid\w*|kill myself|end (it|my life)|want to die|self[- ]harm|hurt myself|can'?t go on)\b/;

const BY_TOPIC: Record<Topic, Rule[]> = {
  incident: [
    [/\bhome visits?\b|\bvisit/, "Reflecting on a difficult home visit"],
    [/\b(court|hearing|judge)\b/, "Reflecting on a hard day in court"],
    [/\b(removal|placement|foster)\b/, "Reflecting on a placement decision"],
    [/\bsessions?\b/, "Reflecting on a challenging session"],
    [/\bmeetings?\b/, "Reflecting on a difficult meeting"],
    [/\b(hospital|discharge|patient)\b/, "Reflecting on a hospital encounter"],
    [/./, "Reflecting on a hard moment at work"],
  ],
  feelings: [
    [/\b(guilt|guilty|ashamed)\b/, "Sitting with guilt after a hard day"],
    [/\b(anxious|worried|scared|afraid)\b/, "Making sense of worry at work"],
    [/\b(angry|furious|frustrat\w*)\b/, "Working through frustration"],
    [/./, "Making sense of difficult feelings"],
  ],
  ethics: [
    [/\bconfidential/, "Thinking through a confidentiality question"],
    [/\b(boundar\w*|gift|dual relationship)\b/, "Thinking through a boundary question"],
    [/\breport/, "Weighing a reporting decision"],
    [/\b(consent|self-determination)\b/, "Weighing choice and self-determination"],
    [/./, "Working through an ethical dilemma"],
  ],
  workload: [
    [/\b(paperwork|documentation|notes)\b/, "When the paperwork piles up"],
    [/\b(burn\w*|exhausted|drained|compassion fatigue)\b/, "Noticing signs of burnout"],
    [/./, "Reflecting on workload and pace"],
  ],
  supervision: [
    [/\bsupervis/, "Reflecting on supervision and support"],
    [/./, "Reflecting on team dynamics"],
  ],
  success: [[/./, "Reflecting on something that went well"]],
  app_question: [[/./, "Questions about Aluma"]],
  greeting: [[/./, "New reflection"]],
  closing: [[/./, "New reflection"]],
  general: [[/./, "A reflective conversation"]],
};

export function titleFor(userMessage: string): string {
  const text = userMessage.toLowerCase().replace(/\[[a-z ]+ removed for privacy\]/g, " ");
  if (DISTRESS.test(text)) return "Reaching for support";
  const topic = classifyTopic(userMessage);
  // Feelings about a concrete event read better titled by the event ("a difficult home visit").
  const rules =
    topic === "feelings" ? [...BY_TOPIC.incident.slice(0, -1), ...BY_TOPIC.feelings] : BY_TOPIC[topic];
  for (const [re, title] of rules) if (re.test(text)) return title;
  return "A reflective conversation";
}
