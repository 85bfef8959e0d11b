/**
 * Verbs in the past that tell an act ("stopped", "was arrested", "struck"): regular forms in -ed, and the common
 * irregular ones news tells acts with (English). Comparison reads them to tell whether two sentences tell one act
 * (src/compare/happening.ts) and to find the act a day is put to (act-days.ts).
 */
export const PAST =
  /\b(?:\p{Ll}{2,}ed|hit|shot|struck|stole|stolen|fled|caught|broke|broken|began|begun|fell|fallen|blew|blown|threw|thrown|drove|driven|ran|rode|sank|sunk|spotted|took|taken|held|led|left|went|came|found|seized|killed|died)\b/gu;

/** Reporting verbs ("said", "reported") and words of state or opinion ("alleged", "suspected") tell no act. */
export const NOT_AN_ACT =
  /^(?:said|reported|stated|added|claimed|announced|confirmed|alleged|suspected|accused|believed|expected|scheduled|called|named|based|used|related|needed|wanted|aged|charged|booked|released|posted|updated|published)$/u;
