/**
 * The fixed research taxonomy (DESIGN.md). Ids are part of the stored aggregate counters, so they
 * never change; adding one is a product decision recorded in docs/decisions/.
 */

export const EMOTION_IDS = [
  "compassion_fatigue",
  "moral_distress",
  "anxiety",
  "guilt",
  "frustration",
  "helplessness",
  "grief",
  "anger",
  "satisfaction",
  "hope",
] as const;

export const BARRIER_IDS = [
  "caseload_paperwork",
  "scarce_resources",
  "limited_supervision",
  "policy_system_constraints",
  "safety_risks",
  "team_conflict",
  "time_pressure",
  "cultural_language_barriers",
] as const;

export const VALUE_IDS = [
  "service",
  "social_justice",
  "dignity_worth",
  "human_relationships",
  "integrity",
  "competence",
] as const;

export type EmotionId = (typeof EMOTION_IDS)[number];
export type BarrierId = (typeof BARRIER_IDS)[number];
export type ValueId = (typeof VALUE_IDS)[number];
export type LabelId = EmotionId | BarrierId | ValueId;
export type Dimension = "emotions" | "barriers" | "values";

export interface LabelInfo<Id extends string = LabelId> {
  id: Id;
  label: string;
  description: string;
}

export interface Classification {
  emotions: EmotionId[];
  barriers: BarrierId[];
  values: ValueId[];
}

export const TAXONOMY: {
  emotions: readonly LabelInfo<EmotionId>[];
  barriers: readonly LabelInfo<BarrierId>[];
  values: readonly LabelInfo<ValueId>[];
} = {
  emotions: [
    {
      id: "compassion_fatigue",
      label: "Compassion fatigue",
      description:
        "Emotional exhaustion, numbness or detachment from the work: burnout, nothing left to give.",
    },
    {
      id: "moral_distress",
      label: "Moral distress",
      description: "Knowing the right thing to do but being constrained from doing it, or feeling complicit.",
    },
    { id: "anxiety", label: "Anxiety", description: "The worker's own worry, fear, dread or nervousness." },
    {
      id: "guilt",
      label: "Guilt",
      description: "Self-blame, shame or regret about the worker's own actions.",
    },
    {
      id: "frustration",
      label: "Frustration",
      description: "Irritation at obstacles; being fed up or annoyed.",
    },
    {
      id: "helplessness",
      label: "Helplessness",
      description: "Powerlessness: nothing the worker can do, hands tied, at a loss.",
    },
    { id: "grief", label: "Grief", description: "Sadness over a loss: a death, a separation, an ending." },
    { id: "anger", label: "Anger", description: "The worker's own anger, fury or outrage." },
    {
      id: "satisfaction",
      label: "Satisfaction",
      description: "Pride, fulfilment or the sense that the work made a difference.",
    },
    { id: "hope", label: "Hope", description: "Hopefulness or optimism about what comes next." },
  ],
  barriers: [
    {
      id: "caseload_paperwork",
      label: "Caseload and paperwork",
      description: "Too many cases, documentation, forms and administrative load.",
    },
    {
      id: "scarce_resources",
      label: "Scarce resources",
      description: "No beds, placements, funding, services, staff or waitlists that never move.",
    },
    {
      id: "limited_supervision",
      label: "Limited supervision",
      description: "Supervision that is missing, cancelled, rushed or unsupportive; no one to consult.",
    },
    {
      id: "policy_system_constraints",
      label: "Policy and system constraints",
      description: "Rules, eligibility, insurance, courts and bureaucracy that limit what the worker can do.",
    },
    {
      id: "safety_risks",
      label: "Safety risks",
      description: "Threats, weapons, violence or unsafe conditions facing the worker in the field.",
    },
    {
      id: "team_conflict",
      label: "Team conflict",
      description: "Conflict, tension, undermining or disrespect among colleagues and managers.",
    },
    {
      id: "time_pressure",
      label: "Time pressure",
      description: "Deadlines, rushed visits, back-to-back demands, skipped breaks and overtime.",
    },
    {
      id: "cultural_language_barriers",
      label: "Cultural and language barriers",
      description: "Interpreters, language access, and working across cultural or religious difference.",
    },
  ],
  values: [
    {
      id: "service",
      label: "Service",
      description: "Helping people in need; going beyond self-interest to serve.",
    },
    {
      id: "social_justice",
      label: "Social justice",
      description: "Fairness, equity, advocacy, and challenging discrimination, poverty and injustice.",
    },
    {
      id: "dignity_worth",
      label: "Dignity and worth of the person",
      description: "Respect, self-determination and treating people as people, not cases.",
    },
    {
      id: "human_relationships",
      label: "Importance of human relationships",
      description: "Trust, rapport and connection, with the worker and within families.",
    },
    {
      id: "integrity",
      label: "Integrity",
      description: "Honesty, promises, confidentiality and professional boundaries.",
    },
    {
      id: "competence",
      label: "Competence",
      description: "Skills, training, practising within one's depth and growing professionally.",
    },
  ],
};
