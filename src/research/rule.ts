/** One lexicon cue. A label is assigned when the weights of its matching cues reach 1. */
export interface Rule {
  re: RegExp;
  /** Default 1. Half-weight cues need company; a negative weight suppresses a known false friend. */
  w?: number;
  /**
   * The pattern carries its own polarity and subject ("nothing I can do", "no beds"), so skip the
   * negation, hypothetical and experiencer checks and match it across the whole message.
   */
  raw?: boolean;
  /** Must also occur somewhere in the message: a co-occurrence cue ("supervisor" + "cancelled"). */
  with?: RegExp;
}
