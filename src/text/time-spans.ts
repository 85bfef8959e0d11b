import { exact, qualified, type KeyedMeasure } from './keyed-measure.ts';
import { parseNumeral } from './numbers.ts';

/**
 * A span of time keyed by what it measures: "after 30 hours of deliberation" and "the jury deliberated for 40 hours"
 * (the deliberation), "served four months in federal prison" and "a 4½-month prison term" (time in prison),
 * "hospitalized for the past three weeks" (time in hospital), "a 24-hour strike", "the standoff lasted two hours".
 * A span is read only with its frame, the noun it qualifies or the verb that governs it: a bare "three days" measures
 * nothing a reader can name. Its key is the unit as written and the frame ("hours:deliberation"): a span counted in
 * days (calendar days a jury sat) and one in hours (hours it deliberated) measure two things, and a writer's unit says
 * which. Spans that date something rather than measure it ("30 years ago", "two days after the break-in", "for the
 * first time in 20 years"), ages ("a 41-year-old"), rates ("eight hours a day") and maxima ("faces up to 15 years")
 * are not read.
 */
export interface TimeSpan extends KeyedMeasure {
  /** The unit as written, plural: "hours", "months". */
  unit: string;
  /**
   * Whether the frame alone ties two spans to one thing: a person's stay (in prison, in hospital, in a coma, missing,
   * trapped, on the run) and a jury's deliberation happen once in a story about that person or trial. A happening a
   * story may tell several of (a strike, a delay, a search, a trial) is not: two of its spans must also be told in
   * sentences telling one act.
   */
  tiedByFrame: boolean;
}

/** Frames whose span the frame alone ties to one thing (TimeSpan.tiedByFrame). */
const STAYS = new Set(['prison', 'custody', 'hospital', 'coma', 'trapped', 'missing', 'run', 'deliberation']);

const UNIT = '(second|minute|hour|day|week|month|year)s?';
/** Words for a span's bound or estimate that parseAmount reads ("more than 30" → 31 and up). */
const QUALIFIER =
  '(?:(?:a little |just |slightly )?(?:more than|over|under|less than)|at least|nearly|almost|about|around|roughly|approximately|close to|some)';
/** A numeral with the halves pages write ("4½", "4 1/2", "4-1/2", "4-1 / 2"), a number word, "a"/"an" or "half a(n)". */
export const AMOUNT =
  '(\\d+(?:\\.\\d+)?(?:\\s*½|[\\s-]1\\s?\\/\\s?2|\\s+and\\s+a\\s+half)?|half\\s+an?|[a-z]+(?:-[a-z]+)?(?:\\s+and\\s+a\\s+half)?)';
const SPAN = new RegExp(`\\b(?:(${QUALIFIER})\\s+)?${AMOUNT}(?:\\s+|\\s?-\\s?)${UNIT}\\b`, 'giu');

/** After the span, words that date something or make it an age, a streak or a rate: "ago", "-old", "later", "a day". */
const DATES_AFTER =
  /^(?:\s*-?\s*old\b|\s+(?:ago|earlier|later|before|after|since|prior|apart|from now|hence|younger|older|in a row|running|straight|into)\b|\s+(?:a|an|per|each|every)\s+(?:second|minute|hour|day|week|month|year|night|game|season)\b)/iu;
/** Before the span, words that date it or make it a limit, a maximum or a rate: "in 20 years", "every 90 days", "faces up to". */
const DATES_BEFORE =
  /\b(?:in|within|every|each|per|first|last|next|coming|past|up to|maximum of|faces?|facing|could|would|will|may|might)\s+(?:the\s+)?(?:(?:first|last|past|next)\s+)?$/iu;
/** A span after a span is a rate or a part of it: "eight hours a day", "40 hours over four days". */
const AFTER_A_SPAN = new RegExp(`\\b${UNIT}\\s+(?:(?:over|per|of)\\s+)?$`, 'iu');
/** "The past three weeks" keeps what it measures after "for": "hospitalized for the past three weeks". */
const FOR_THE_PAST = /\bfor\s+the\s+(?:past|last)\s+$/iu;

/** What a span measures: the frame's key and the label readers see. */
interface Frame {
  key: string;
  label: string;
}

const PRISON: Frame = { key: 'prison', label: 'time in prison' };
const HOSPITAL: Frame = { key: 'hospital', label: 'time in hospital' };
const DELIBERATION: Frame = { key: 'deliberation', label: 'length of deliberation' };
const CUSTODY: Frame = { key: 'custody', label: 'time in custody' };
const TRAPPED: Frame = { key: 'trapped', label: 'time trapped' };
const NEGOTIATION: Frame = { key: 'negotiation', label: 'length of negotiations' };
const SEARCH: Frame = { key: 'search', label: 'length of the search' };
const MISSING: Frame = { key: 'missing', label: 'time missing' };
const ON_THE_RUN: Frame = { key: 'run', label: 'time on the run' };
const DELAY: Frame = { key: 'delay', label: 'length of the delay' };
const COMA: Frame = { key: 'coma', label: 'time in a coma' };

/**
 * Bounded happenings whose length a report gives, each a frame of its own: once over, their length is a fact two
 * reports can disagree on. Running happenings ("five days of riots", "a week of protests") are not here: their
 * length grows while the story is told, so two values are two moments, not a disagreement.
 */
const EVENTS: [RegExp, Frame][] = [
  [/^deliberat(?:ion|ions|ing|ed)$/u, DELIBERATION],
  [/^negotiat(?:ion|ions|ing|ed)$|^talks$/u, NEGOTIATION],
  [/^stand-?offs?$/u, { key: 'standoff', label: 'length of the standoff' }],
  [/^sieges?$/u, { key: 'siege', label: 'length of the siege' }],
  [/^(?:strikes?|walkouts?|stoppages?)$/u, { key: 'strike', label: 'length of the strike' }],
  [/^(?:outages?|blackouts?|shutdowns?)$/u, { key: 'outage', label: 'length of the outage' }],
  [/^(?:searches|search|manhunts?)$/u, SEARCH],
  [/^(?:chases?|pursuits?)$/u, { key: 'chase', label: 'length of the chase' }],
  [/^(?:suspensions?|bans?)$/u, { key: 'suspension', label: 'length of the suspension' }],
  [/^(?:delays?)$/u, DELAY],
  [/^(?:surgery)$/u, { key: 'surgery', label: 'length of the surgery' }],
  [/^(?:coma)$/u, COMA],
  [/^(?:trials?|hearings?)$/u, { key: 'trial', label: 'length of the trial' }],
];

/** Places a span is spent in: "four months in federal prison", "three weeks in the hospital", "a year behind bars". */
const PLACES: [RegExp, Frame][] = [
  [/^(?:prison|jail|gaol|penitentiary)$/u, PRISON],
  [/^custody$/u, CUSTODY],
  [/^(?:hospital|intensive care|icu)$/iu, HOSPITAL],
  [/^coma$/u, COMA],
];

/** The frame a table gives a word (a noun, a place or a governing verb), lower-cased first; null when none. */
function frameIn(word: string, table: [RegExp, Frame][]): Frame | null {
  for (const [re, frame] of table) if (re.test(word.toLowerCase())) return frame;
  return null;
}

/** "N hours of deliberation", "N-hour standoff", "N-month prison term": the noun the span qualifies, up to two modifiers on. */
const NOUN_AFTER = /^\s*(?:['’]s?\s+)?(?:of\s+(?:the\s+)?)?((?:\p{Ll}[\p{Ll}-]*\s+){0,2})(\p{Ll}[\p{Ll}-]*)/u;
/** "N in (the) (federal) prison", "N behind bars", "N on the run". */
const PLACE_AFTER =
  /^\s*(?:in\s+(?:the\s+|a\s+)?(?:(?:federal|state|county|city|local|military)\s+)?(\p{Ll}+(?:\s+care)?)|(behind bars)|(on the run))\b/u;
/** What a governing verb's span measures (VERB_BEFORE); "jailed", "imprisoned" and "incarcerated" measure time in prison. */
const VERBS: [RegExp, Frame][] = [
  [/^deliberat/u, DELIBERATION],
  [/^hospitali/u, HOSPITAL],
  [/^negotiated$/u, NEGOTIATION],
  [/^delayed$/u, DELAY],
  [/^searched$/u, SEARCH],
  [/^missing$/u, MISSING],
  [/^(?:detained|held in custody)$/u, CUSTODY],
  [/^(?:trapped|stranded)$/u, TRAPPED],
];

/** A governing verb before the span, "for" and a few words between: "deliberated Nichols' fate for 40 hours". */
const VERB_BEFORE =
  /\b(deliberat(?:ed|ing|es?)|hospitali[sz]ed|negotiated|served|serving|jailed|imprisoned|incarcerated|detained|held in custody|trapped|stranded|delayed|searched|missing)\b((?:\s+[\p{L}'’.]+){0,4}?)\s+(?:for\s+)?(?:the\s+(?:past|last)\s+)?$/iu;
/** "The standoff lasted two hours", "a strike that lasted 48 hours": the subject noun of "lasted". */
const LASTED_BEFORE =
  /\b(\p{Ll}[\p{Ll}-]*),?\s+(?:that\s+|which\s+)?(?:lasted|had lasted|has lasted|lasts)\s+(?:for\s+)?(?:about\s+|nearly\s+)?$/u;
/** A place the span was spent in, before it: "in hospital for three weeks", "lingered in a coma for a week". */
const PLACE_BEFORE =
  /\bin\s+(?:the\s+|a\s+)?(?:(?:federal|state|county|city|local|military)\s+)?(prison|jail|custody|hospital|coma|intensive care)\s+for\s+(?:the\s+(?:past|last)\s+)?$/iu;
/** A sentence handed down, not time spent: "sentenced to five years in prison", "given a 90-day term". */
const SENTENCE_BEFORE =
  /\b(?:(?:most|part|half|all|rest|remainder)\s+of\s+(?:the\s+|his\s+|her\s+|their\s+)?|sentenced\s+to|sentences?\s+of|given|gets?|got|receive[sd]?|ordered\s+to\s+serve)\s*(?:an?\s+)?$/iu;
/**
 * "Sentenced" and up to eight words (no "and", "but" or time word opening another clause) before "to": a sentence handed
 * down with words between the verb and its length, "was sentenced on Friday to 12 years", "sentenced former banker Dale
 * Orwin to 15 years" (read by prison-sentences.ts).
 */
export const SENTENCED_TO = "\\bsentenc(?:ed|es|ing)\\b(?:\\s+(?!(?:and|but|while|after|before)\\b)[\\p{L}'’.-]+){0,8}?\\s+to";
const SENTENCED_BEFORE = new RegExp(`${SENTENCED_TO}\\s+$`, 'iu');
/** A prison word anywhere in the sentence: "served" alone measures time in prison only then. */
const PRISON_WORD = /\b(?:prison|jail|sentence|sentenced|convict(?:ed|ion)?|penitentiary|behind bars|custody|parole|inmate|term)\b/iu;

/** After a span served, a place or a role other than prison: "served two years in the Marines", "as mayor", "with the department". */
const SERVED_ELSEWHERE = /^\s+(?:in|at|with|as|on|under|aboard)\b/iu;

/**
 * "Served" measures time in prison when the sentence speaks of prison and the span is not followed by another place
 * or role: "He served 136 days." after his conviction, not "served 15 years with the department".
 */
const servedInPrison = (sentence: string, end: number): boolean =>
  PRISON_WORD.test(sentence) && !SERVED_ELSEWHERE.test(sentence.slice(end));

/**
 * A span still running when the report was written grows with it: "has been hospitalized for three weeks", "the
 * strike, which is now in its third day", "have searched for two days". Two reports written a day apart give two
 * values that are both true, so such a span is not read; "had been hospitalized for three weeks" (before she died)
 * and "was missing for three days" are over.
 */
const RUNNING =
  /\b(?:has|have|['’]s|['’]ve)\s+(?:now\s+|already\s+|so far\s+)?(?:been|spent|served|lasted|deliberated|negotiated|searched)\b|\b(?:is|are)\s+(?:still|now)\b/iu;

/** The clause a span is in, up to it: the words after the last comma, semicolon, colon or dash. */
const clauseBefore = (before: string): string =>
  before.slice(Math.max(...[',', ';', ':', ' - ', '—'].map((c) => before.lastIndexOf(c))) + 1);

/**
 * The characters either side of a span its frame is read in: every cue above is within a few words of it (a verb, "for"
 * and up to four words), and reading no further keeps a page-long "sentence" with many spans linear.
 */
const NEAR = 120;

/** A span's frame and the words that tell it, from..to in the sentence ("30 hours of deliberation"). */
interface Framed {
  frame: Frame;
  from: number;
  to: number;
}

/** The frame of one span: the place it was spent in or the noun after it, else the place or verb before it. */
function frameOf(sentence: string, start: number, end: number, written: string): Framed | null {
  const near = Math.max(0, start - NEAR);
  const before = sentence.slice(near, start);
  const after = sentence.slice(end, end + NEAR);
  const place = PLACE_AFTER.exec(after);
  if (place !== null) {
    const found = place[2] !== undefined ? PRISON : place[3] !== undefined ? ON_THE_RUN : frameIn(place[1]!, PLACES);
    if (found !== null) return { frame: found, from: start, to: end + place[0].length };
  }
  const noun = NOUN_AFTER.exec(after);
  // "4½-month prison term": a hyphenated span is a modifier, and the first frame word among the next three names its noun.
  if (noun !== null) {
    const words = [
      ...noun[1]!
        .trim()
        .split(/\s+/u)
        .filter((w) => w !== ''),
      noun[2]!,
    ];
    const hyphenated = /-\s?(?:second|minute|hour|day|week|month|year)s?$/iu.test(written);
    const candidates = /^\s*(?:['’]s?\s+)?of\s/u.test(after) || hyphenated ? words : words.slice(0, 1);
    for (const w of candidates) {
      const frame = frameIn(w, PLACES) ?? frameIn(w, EVENTS);
      if (frame !== null) return { frame, from: start, to: end + after.indexOf(w) + w.length };
    }
    // A hyphenated span qualifies its noun, and that noun is what it measures: "served most of a six-month sentence".
    if (hyphenated) return null;
  }
  const framedBefore = (frame: Frame | null, m: RegExpExecArray): Framed | null =>
    frame === null ? null : { frame, from: near + m.index, to: end };
  const spent = PLACE_BEFORE.exec(before);
  if (spent !== null) return framedBefore(frameIn(spent[1]!, PLACES), spent);
  const lasted = LASTED_BEFORE.exec(before);
  if (lasted !== null) return framedBefore(frameIn(lasted[1]!, EVENTS), lasted);
  const verb = VERB_BEFORE.exec(before);
  if (verb !== null) {
    const v = verb[1]!.toLowerCase();
    // The words between verb and span belong to its clause ("deliberated Nichols' fate for"): a comma or "and" ends it.
    if (/[,;]|\band\b/u.test(verb[2]!)) return null;
    if (v === 'served' || v === 'serving') return framedBefore(servedInPrison(sentence, end) ? PRISON : null, verb);
    return framedBefore(frameIn(v, VERBS) ?? PRISON, verb);
  }
  return null;
}

/** The value of an amount as written (`AMOUNT`): digits with their half, a number word, "a"/"an" (one). */
export function amountOf(written: string): number | null {
  const lower = written.toLowerCase();
  if (lower === 'a' || lower === 'an') return 1;
  if (/^half\s+an?$/u.test(lower)) return 0.5;
  const half = /^(\d+)(?:\s*½|[\s-]1\s?\/\s?2)$/u.exec(lower);
  if (half !== null) return Number(half[1]) + 0.5;
  const andHalf = /^(.+?)\s+and\s+a\s+half$/u.exec(lower);
  if (andHalf !== null) {
    const whole = amountOf(andHalf[1]!);
    return whole === null ? null : whole + 0.5;
  }
  const value = parseNumeral(lower, 'en');
  return value !== null && value > 0 ? value : null;
}

/** A span as readers see it, in words whatever its form: "4½ months" for "4-1 / 2-month", "eight days" for "eight-day". */
function shownOf(qualifier: string | undefined, written: string, value: number, unit: string): string {
  const amount = /^\d/u.test(written) ? `${Math.floor(value)}${value % 1 === 0.5 ? '½' : ''}` : written.toLowerCase();
  const noun = value === 1 || /^half\s/iu.test(written) ? unit.slice(0, -1) : unit;
  return `${qualifier === undefined ? '' : `${qualifier.toLowerCase()} `}${amount} ${noun}`;
}

/** "a second" is an ordinal ("a second deputy"), never a span. */
const ORDINAL_SECOND = /^an?$/iu;

/** The spans of time one English sentence gives with what they measure, keyed "unit:frame" ("hours:deliberation"). */
export function findTimeSpans(sentence: string): TimeSpan[] {
  const out: TimeSpan[] = [];
  for (const m of sentence.matchAll(SPAN)) {
    const [whole, qualifier, written, unitWord] = m;
    const unit = `${unitWord!.toLowerCase()}s`;
    if (unit === 'seconds' && ORDINAL_SECOND.test(written!)) continue;
    const value = amountOf(written!);
    if (value === null) continue;
    const start = m.index;
    const end = start + whole.length;
    const before = sentence.slice(Math.max(0, start - NEAR), start);
    // "a 41 / 2 month term": a number after a slash is a fraction's denominator, a page's mangled "4½", not a span.
    if (/\/\s?$/u.test(before) || /\d\s?$/u.test(before)) continue;
    // "The standoff lasted two hours before the gunman gave up", "was missing for three days before…" measure, whatever follows.
    const measures = LASTED_BEFORE.test(before) || /\bfor\s+(?:the\s+(?:past|last)\s+)?$/iu.test(before);
    if (!measures && DATES_AFTER.test(sentence.slice(end, end + NEAR))) continue;
    if ((DATES_BEFORE.test(before) && !FOR_THE_PAST.test(before)) || SENTENCE_BEFORE.test(before) || SENTENCED_BEFORE.test(before))
      continue;
    if (AFTER_A_SPAN.test(before) || RUNNING.test(clauseBefore(before))) continue;
    const framed = frameOf(sentence, start, end, whole);
    if (framed === null) continue;
    const { frame } = framed;
    // The text is the span with the words that frame it, as written: what a reader is shown beside the figure.
    const text = sentence.slice(framed.from, framed.to).trim();
    const read = exact(text, `${unit}:${frame.key}`, value, {
      thing: frame.key,
      label: frame.label,
      shown: shownOf(qualifier, written!, value, unit),
      holds: 'story',
    });
    out.push({ ...qualified(read, qualifier), unit, tiedByFrame: STAYS.has(frame.key) });
  }
  return out;
}

/** True for a mention read by findTimeSpans. */
export const isTimeSpan = (m: KeyedMeasure): m is TimeSpan => 'unit' in m;
