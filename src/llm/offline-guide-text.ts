/**
 * Wording for the offline reflection guide. Every sentence here is fixed text: the guide never
 * echoes what the user wrote, so nothing identifying can travel back out in a reply or title.
 */
import type { Topic } from "./offline-guide-topics.ts";

export type Substantive = Exclude<Topic, "greeting" | "closing" | "app_question">;

export const ACKS: Record<Substantive, readonly string[]> = {
  feelings: [
    "That sounds like a lot to carry. Thank you for putting it into words — naming a feeling is already part of reflecting.",
    "It makes sense that this is sitting with you. Feelings like these are part of the work, not a sign you're doing it wrong.",
    "I'm glad you brought this here. What you're feeling deserves some room before we try to make sense of it.",
  ],
  incident: [
    "That sounds like a demanding encounter, and it's worth slowing down to look at it.",
    "Thank you for walking me through it. Moments like this can stay with us long after they end.",
    "It sounds like a lot happened in a short space of time. Let's take it apart gently.",
  ],
  ethics: [
    "This sounds like a genuine ethical knot — the kind where more than one thing matters at once.",
    "Dilemmas like this rarely have a clean answer, and it speaks well of your practice that you're pausing on it.",
    "It sounds like you're holding commitments that pull in different directions.",
  ],
  workload: [
    "That sounds exhausting. The weight of the workload is real, and it isn't a personal failing.",
    "It sounds like the demands are outpacing the hours in the day. That takes a toll on anyone.",
    "Thank you for naming this. Running on empty is something many social workers know well, and it deserves attention.",
  ],
  supervision: [
    "Working relationships shape so much of how this job feels, so it makes sense to reflect on this one.",
    "It sounds like something in how your team or supervision works is weighing on you.",
    "Support from supervisors and colleagues matters a great deal in this work; it's worth looking at what's happening here.",
  ],
  success: [
    "That's worth pausing on — it sounds like something went well, and you were part of it.",
    "I'm glad you brought a good moment here. Reflecting on what works is as useful as reflecting on what's hard.",
    "Congratulations. Moments like this are easy to rush past, so let's take a second look.",
  ],
  general: ["Thank you for sharing that.", "I'm with you.", "Let's stay with this for a moment."],
};

/** Stage 0 (Gibbs description / Driscoll "What?"), shaped by the topic. */
export const OPENERS: Record<Substantive, readonly string[]> = {
  feelings: [
    "When do you notice this feeling most — at work, on the drive home, at night?",
    "What was happening just before this feeling showed up?",
    "If the feeling could speak, what would it say it needs?",
  ],
  incident: [
    "When you replay it, what stands out most — a moment, a word, a look?",
    "Could you describe the shape of what happened, in broad strokes rather than identifying details?",
    "What were you hoping would happen going in, and what actually happened?",
  ],
  ethics: [
    "What options do you see right now, and what makes each one feel right or wrong?",
    "Which of your responsibilities feel like they're in tension here?",
    "What would you do if you knew nobody would second-guess you — and what holds you back?",
  ],
  workload: [
    "Which part of the load feels heaviest right now — the volume, the paperwork, or something underneath it?",
    "When did the work last feel manageable, and what was different then?",
    "What are you carrying right now that perhaps isn't yours to carry alone?",
  ],
  supervision: [
    "What would good support look like for you right now?",
    "What happened that brought this to mind today?",
    "How do you usually raise concerns with them, and how has that gone?",
  ],
  success: [
    "What did you do that made the difference, do you think?",
    "Where could it have gone another way, and what guided your choice in that moment?",
    "How did the person you were working with seem to experience it?",
  ],
  general: [
    "What would be most helpful to explore about this?",
    "What's the part of this that's staying with you most?",
    "Where would you like to start?",
  ],
};

/**
 * Later stages, in order: Gibbs feelings (with Schön's reflection-in-action), evaluation
 * (Driscoll "So what?"), analysis (Kolb conceptualisation), conclusion (Schön reflection-on-action)
 * and action plan (Driscoll "Now what?", Kolb experimentation).
 */
export const STAGES: ReadonlyArray<readonly string[]> = [
  [
    "How were you feeling in the moment, and how do you feel about it now?",
    "What were you noticing and adjusting to in the moment, while it was unfolding?",
    "What feelings came up for you that you didn't have room to show at the time?",
  ],
  [
    "What went well, even in a small way, and what felt harder than it needed to be?",
    "Looking back, what was helpful in how you handled it, and what wasn't?",
    "So what does this tell you — about the situation, and about you as a practitioner?",
  ],
  [
    "Why do you think it unfolded this way? Are there pressures, patterns or ideas that help make sense of it?",
    "Is this part of a pattern you've noticed before, in your work or in yourself?",
    "What might have been going on for the others involved — what pressures or needs shaped their side of it?",
  ],
  [
    "What have you learned from this that you want to hold on to?",
    "Thinking about it now, is there anything you'd do differently — or exactly the same?",
    "What told you what to do in the moment, and does that instinct still feel right looking back?",
  ],
  [
    "Now what — if something similar happens again, what's one thing you'd like to try?",
    "What's one small step you could take this week, for the work or for yourself?",
    "What would you like to take forward from this conversation?",
  ],
];

/** Offered alongside the action plan: supervision is where reflection turns into support. */
export const SUPERVISION_NUDGE = [
  "Is there something here you'd like to bring to supervision or a trusted colleague?",
  "Who in your team or supervision could you think this through with?",
];

export const VALUE_PHRASES: Record<string, string> = {
  service: "**service** — your commitment to helping people meet their needs",
  social_justice: "**social justice** — fairness in how systems treat the people you serve",
  dignity_worth: "**dignity and worth of the person**, including their right to make their own choices",
  human_relationships: "**the importance of human relationships**, where trust is part of the help",
  integrity: "**integrity** — acting in line with what you believe and what you've promised",
  competence: "**competence** — practising within what you know, and growing from there",
};

export const VALUES_TENSION =
  "Dilemmas like this often sit between core values — say, **dignity and worth of the person** and **integrity**. Which values feel like they're pulling against each other for you?";

export const PRIVACY_NOTE =
  "_Some details were removed for privacy — that's fine. We can work with the themes rather than the specifics._";

export const GREETINGS = [
  "Hello, and welcome. I'm here to help you reflect on your practice — a hard visit, an ethical knot, the weight of the week, or something that went well.\n\nWhat's on your mind today?",
  "Hi, it's good to have you here. This is a space to slow down and think about your work, at your own pace.\n\nWhat would you like to reflect on?",
];

export const CLOSINGS = [
  "Thank you for taking the time to reflect — that's real work. If one thing from today stays with you, what would you like it to be?",
  "I'm glad this was useful. Reflection like this is worth continuing in supervision, too. Take good care of yourself.",
];

export const APP_ANSWER =
  "I'm Aluma's **offline reflection guide**: a built-in, rule-based companion used when no AI model is connected. I don't understand everything the way a full AI model would, but I can help you reflect with questions drawn from Gibbs, Kolb, Schön and Driscoll.\n\nIdentifying details are removed from your messages before they're stored. I'm not a crisis service: if you or someone you work with is in danger, call 911, or call or text 988.\n\nWhat would you like to reflect on?";

export const CRISIS_SELF =
  "I'm really glad you told me, and I'm sorry you're carrying this. You don't have to go through it alone.\n\nI'm not a crisis service, but people are ready to help right now:\n\n- **Call or text 988** (Suicide & Crisis Lifeline, US)\n- **Text HOME to 741741** (Crisis Text Line)\n- **Call 911** if you are in immediate danger\n\nIf you can, reach out to someone you trust and let them know how you're doing. Are you safe right now?";

export const CRISIS_CLIENT =
  "That sounds frightening, and it makes sense to act quickly.\n\n**If anyone is in immediate danger, call 911 now**, then follow your agency's emergency protocol — including letting your supervisor or on-call line know.\n\nThe person at risk can also **call or text 988** or **text HOME to 741741**. I'm not a crisis service, so lean on those and on your agency's protocol first. When everyone is safe, I'm here to help you reflect on it.";
