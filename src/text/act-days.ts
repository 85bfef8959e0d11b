import { NOT_AN_ACT, PAST } from './past-acts.ts';
import { PLACE_HEAD } from './place-heads.ts';
import { stem } from './stem.ts';

/**
 * The day a report puts one act on: "checked into rehab on Tuesday", "was signed late Monday night", "Reid checked
 * herself in on Tuesday, December 9, 2008", "On Friday, the club released…". Two reports putting one act on two days
 * cannot both be right, so comparison sets such days against each other (src/compare/act-day-divergences.ts). Read
 * only: a weekday or a month and its date, put to a verb telling an act in the past (past-acts.ts). Not read:
 * relative days ("yesterday", "last night": no fixed day without a publication date, which ECB+ lacks), weekdays
 * told relative to another ("last Tuesday", "the following Friday"), a month alone ("proposed in May": the background
 * filter's mark of an earlier event), what will or may happen ("will be sentenced Friday", "is expected to sign
 * Monday"), a negated act, and a day put to a reporting verb ("said Friday that she went…": the day of the saying).
 */
export interface ActDay {
  /** The day as written: "on Tuesday", "late Friday night", "Dec. 9". */
  text: string;
  /** 0 (Sunday) to 6, when a weekday is given. */
  weekday: number | null;
  /** 0 (January) to 11 and 1 to 31, when a date is given. */
  month: number | null;
  date: number | null;
  year: number | null;
  /** Which end of the day: "late Friday", "Friday night" (late); "early Friday", "Friday morning" (early). */
  part: 'early' | 'late' | null;
  /** The verb as written ("checked") and its stem ("check"): the act. */
  verb: string;
  act: string;
  /** The act as the sentence tells it, the day left out: "Reid checked herself in". */
  phrase: string;
  /**
   * The head word, lower case, of the name that does the act ("the Saints signed…": saints) and of the name it is done
   * to ("…forward DeShawn Wynn": wynn), read before any preposition ("the defensive tackle for the San Diego Chargers"
   * names no one by a name); null when none is named.
   */
  agent: string | null;
  patient: string | null;
  /** Lower-case words of the names the words after the act give besides: where it was done ("into Promises"). */
  where: string[];
  /**
   * The sentence's first word when it stands capitalised alone ("Police arrested…", "Reid checked…"): a name or a
   * common noun given a capital by its place, which only the story's other sentences can tell apart.
   */
  opening: string | null;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** A weekday's name as written, for patterns that read one ("on Monday", "by Friday"). */
export const WEEKDAY_NAME = '(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';
const WEEKDAY = `(${WEEKDAY_NAME})`;
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
const MONTH_WORD = new RegExp(`^${MONTH.toLowerCase()}\\.?$`, 'u');
const DATE = String.raw`${MONTH}\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,\s*(\d{4}))?`;
/** A weekday, with its date if one follows ("Tuesday, December 9, 2008"), or a date alone; never "Tuesday's" or "Tuesdays". */
const DAY = new RegExp(String.raw`\b(?:${WEEKDAY}(?:,?\s+${DATE})?|${DATE})(?![\p{L}\d'’])`, 'gu');
/** Words before a day that make it another day than the one named, or a name: "last Tuesday", "every Friday", "Good Friday". */
const OTHER_DAY =
  /\b(?:last|next|this|that|every|each|following|previous|coming|past|a|the|one|same|since|until|by|through|good|black|super|ash|cyber|holy|easter|maundy)\s+$/iu;
/** "on", "late", "early" before a day belong to it. */
const DAY_LEAD = /(?:\b(?:late|early)\s+)?(?:\bon\s+)?(?:\b(?:late|early)\s+)?$/iu;
const PART_AFTER = /^\s+(morning|afternoon|evening|night|overnight)\b/iu;
/**
 * What may not stand between an act and its day: a clause boundary ("arrested Monday and charged Tuesday": charged),
 * another verb's infinitive ("agreed to sign Monday"), a modal, a reporting verb. A bracketed aside is skipped first.
 */
const BLOCK =
  /[,;"“”]|:(?!\d)|\b(?:and|but|or|nor|that|who|whom|whose|which|when|where|while|after|before|until|since|because|if|said|says|say|told|tells|announced|will|would|could|should|might|must|can|shall)\b/iu;
const INFINITIVE = /\bto\s+(?!(?:a|an|the|his|her|their|its|my|our|your|this|that|these|those)\b)\p{Ll}/u;
/** An act that will, may or did not happen: "will be sentenced", "could be charged", "was not arrested", "to be signed". */
const NOT_DONE = /(?:\b(?:will|would|could|should|might|may|must|shall|to|if|unless|whether|not|never|cannot)|n['’]t)\s+(?:\S+\s+){0,2}$/iu;
/** A present passive tells a plan or a state, not an act done: "more protests are planned for Monday". */
const PRESENT = /\b(?:is|are|am)\s+(?:\p{Ll}+ly\s+)?$/u;
const PASSIVE = /\b(?:was|were|is|are|been|be|being|got|gets|get)\s+(?:\p{Ll}+ly\s+)?$/u;
/** Where a clause opens before its verb: the subject is read from there on. */
const CLAUSE_OPEN = /[,;:“”"]|\b(?:and|but|that|who|which|after|before|when|while|said|says|told)\b/giu;
/** Prepositions end the object of an active verb: "checked into Promises" has none, "signed DeShawn Wynn" has one. */
const PREPOSITION = /\b(?:into|to|at|in|on|from|for|with|by|after|over|under|near|of|as|during|outside|inside)\b/u;
/** A form in -ed after a determiner or a preposition describes a noun ("on injured reserve", "a wanted man"): no act. */
const ADJECTIVE = /\b(?:a|an|the|his|her|their|its|on|in|at|of|for|with|from|into|by)\s+$/iu;
/** A clock time set off by commas after a day that opens a sentence: "…, around 1:30 a.m., …". */
const CLOCK_ASIDE = /^\s*(?:at|around|about|approximately|shortly (?:after|before))\s+\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?)?\s*,/iu;
/** A region set off by commas after a place: "died in Beverly Hills, Calif., on Thursday" ("Calif." is no clause). */
const REGION_ASIDE = /(?<=\p{Lu}[\p{L}.'’-]*),\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}\s*,/gu;
/** Words in -ed that are no verb: "via her Twitter feed on Friday". */
const NOUN_IN_ED = /^(?:feed|need|speed|seed|breed|greed|indeed|hundred|bed|red|shed)$/u;
/** Where the words after an act stop belonging to it: a clause boundary or another verb's infinitive. */
const ACT_END = /[,;:.]|\b(?:who|which|that|and|but|to|after|before|when|while)\b/u;
/** A stretch set off by commas that describes the name before it: "who was known as…", "33", "a former…", "'". */
const ASIDE = /^\s*(?:(?:who|which|whose|aged|now|a|an|\d)\b|[^\p{L}]*$)/iu;
/** Words most verbs run in before the day, each: a gap longer than this holds another clause. */
const MAX_GAP_WORDS = 10;

/**
 * Function words that open a sentence or a quote with a capital: not names. A full stop list would take surnames
 * with it ("Felt", "Will"), and a capitalised word inside a sentence is a name.
 */
const OPENERS = new Set(
  'the a an he she it they we i you his her its their our this that these those there then on in at after before when while but and also as by for from with yesterday today earlier later meanwhile however so if'.split(
    ' ',
  ),
);

/** Lower-case words of the names a stretch of text writes: capitalised words, openers, days and months aside. */
function namesIn(text: string): string[] {
  return [...text.replace(/\([^)]*\)/gu, ' ').matchAll(/\p{Lu}[\p{L}'’-]*/gu)]
    .map((m) => m[0].toLowerCase().replace(/['’]s$/u, ''))
    .filter((w) => w.length > 1 && !OPENERS.has(w) && !WEEKDAYS.includes(w) && !MONTH_WORD.test(w));
}

/**
 * The words that tell a place apart in the first name after an act: "into California's Betty Ford Center" is betty,
 * ford; an owner ("California's") locates it, and a head ("Center", "Avenue") names nothing alone.
 */
function placeOf(text: string): string[] {
  const run = /\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*/u.exec(text.replace(/\([^)]*\)/gu, ' '))?.[0] ?? '';
  return run
    .split(/\s+/u)
    .filter((w) => !/['’]s$/u.test(w))
    .flatMap((w) => namesIn(w))
    .filter((w) => !PLACE_HEAD.test(w) && !INSTITUTION.test(w));
}

/** Heads of the names of institutions: "Center" in "Betty Ford Center" and "Morningside Recovery Center". */
const INSTITUTION =
  /^(?:center|centre|hospital|clinic|facility|institute|school|university|college|church|hall|hotel|station|stadium|arena|prison|jail|house|building|tower|airport|port)$/u;

/** The last name word of a noun phrase before any preposition: "Chargers receiver Vincent Jackson" is jackson. */
function headOf(text: string): string | null {
  return namesIn(text.split(PREPOSITION)[0]!).pop() ?? null;
}

/** The stem of a verb as written: "re-signed" is "sign", "checked" "check". */
function actStem(verb: string): string {
  return stem('en', verb.toLowerCase().split('-').pop()!);
}

/** The subject of the verb at `at`: the text from the last clause opening before it, or the name a ", who" refers to. */
function subjectOf(before: string): { text: string; start: number } {
  let start = 0;
  let opener = '';
  for (const m of before.matchAll(CLAUSE_OPEN)) {
    start = m.index + m[0].length;
    opener = m[0];
  }
  const text = before.slice(start);
  if (namesIn(text).length > 0 || !/^(?:,|who|which)$/iu.test(opener)) return { text, start };
  // "DeShawn Wynn, who was signed on Tuesday" and "Mark Felt, who was known as 'Deep Throat,' died": a relative
  // clause's subject, and a subject a description set off by commas follows, is the name before them.
  const segments = [...before.slice(0, start).matchAll(/[^,]+/gu)].reverse();
  for (const seg of segments) {
    if (ASIDE.test(seg[0])) continue;
    const open = Math.max(0, ...[...seg[0].matchAll(CLAUSE_OPEN)].map((m) => m.index + m[0].length));
    const named = seg[0].slice(open);
    return namesIn(named).length > 0 ? { text: named, start: seg.index + open } : { text, start };
  }
  return { text, start };
}

interface Day {
  weekday: number | null;
  month: number | null;
  date: number | null;
  year: number | null;
}

function dayOf(m: RegExpMatchArray): Day {
  const [, weekday, m1, d1, y1, m2, d2, y2] = m;
  const month = m1 ?? m2;
  const date = d1 ?? d2;
  const year = y1 ?? y2;
  return {
    weekday: weekday === undefined ? null : WEEKDAYS.indexOf(weekday.toLowerCase()),
    month: month === undefined ? null : MONTHS.indexOf(month.slice(0, 3).toLowerCase()),
    date: date === undefined ? null : Number(date),
    year: year === undefined ? null : Number(year),
  };
}

/** The act a day is put to and who takes part in it, or null when the day is put to no act the sentence tells as done. */
function actOf(sentence: string, start: number, end: number): Omit<ActDay, 'text' | keyof Day | 'part' | 'opening'> | null {
  const before = sentence.slice(0, start);
  const opening = /^\s*(?:(?:yesterday|today|earlier|later)\s*,?\s*)?$/iu.test(before) && /^\s*,/u.test(sentence.slice(end));
  if (opening) {
    // "On Tuesday, the Saints re-signed…": the day opens the sentence and goes with its first act.
    // A clock time set off after the day is part of it: "Early Friday morning, around 1:30 a.m., the actress…".
    const rest = sentence.slice(end).replace(/^\s*,/u, '').replace(CLOCK_ASIDE, '');
    const offset = sentence.length - rest.length;
    const verb = [...rest.matchAll(PAST)][0];
    if (verb === undefined) return null;
    const subject = rest.slice(0, verb.index);
    if (
      BLOCK.test(subject) ||
      subject.split(/\s+/u).length > MAX_GAP_WORDS ||
      NOT_AN_ACT.test(verb[0]) ||
      NOT_DONE.test(subject) ||
      PRESENT.test(subject)
    )
      return null;
    const after = rest.slice(verb.index + verb[0].length).split(ACT_END)[0]!;
    return participants(verb[0], subject, after, sentence.slice(offset, offset + verb.index + verb[0].length + after.length), subject);
  }
  // "The Saints on Tuesday signed Wynn": the day stands between the subject and its act.
  const next = new RegExp(String.raw`^\s+(?:\p{Ll}+ly\s+)?(?=(${PAST.source}))`, 'u').exec(sentence.slice(end));
  if (next !== null && !NOT_AN_ACT.test(next[1]!) && !NOT_DONE.test(before) && !PRESENT.test(before)) {
    const from = end + next[0].length + next[1]!.length;
    const after = sentence.slice(from).split(ACT_END)[0]!;
    const subject = subjectOf(before);
    return participants(next[1]!, subject.text, after, `${subject.text} ${next[1]!}${after}`, before);
  }
  const verbs = [...before.matchAll(PAST)].filter((v) => !ADJECTIVE.test(before.slice(0, v.index)) && !NOUN_IN_ED.test(v[0]));
  const verb = verbs[verbs.length - 1];
  if (verb === undefined || NOT_AN_ACT.test(verb[0])) return null;
  const gap = before
    .slice(verb.index + verb[0].length)
    .replace(/\([^)]*\)/gu, ' ')
    .replace(REGION_ASIDE, ' ');
  if (BLOCK.test(gap) || INFINITIVE.test(gap) || gap.trim().split(/\s+/u).length > MAX_GAP_WORDS) return null;
  // "re-signed": the prefix is the verb's.
  const head = before.slice(0, verb.index).replace(/\p{Ll}+-$/u, '');
  if (NOT_DONE.test(head) || PRESENT.test(head)) return null;
  const subject = subjectOf(head);
  return participants(verb[0], subject.text, gap, before.slice(subject.start), head);
}

/** Who does the act and to whom, read from the subject before the verb and the words after it (a passive turns them round). */
function participants(
  verb: string,
  subject: string,
  after: string,
  phrase: string,
  head: string,
): Omit<ActDay, 'text' | keyof Day | 'part' | 'opening'> {
  const object = after.split(PREPOSITION)[0]!;
  const agent = /\bby\s+(.*)$/u.exec(after)?.[1] ?? '';
  const passive = PASSIVE.test(head);
  const doer = headOf(passive ? agent : subject);
  const done = headOf(passive ? subject : object);
  // The words after the act name where it was done, past its object and its agent.
  const rest = passive ? after.replace(/\bby\s+.*$/u, '') : after.slice(object.length);
  return {
    verb,
    act: actStem(verb),
    phrase: phrase
      .trim()
      .replace(/\s+/gu, ' ')
      .replace(/[\s,;:]+$/u, ''),
    agent: doer,
    patient: done,
    where: placeOf(rest),
  };
}

/** Every day a sentence puts an act on (English wording). */
export function findActDays(sentence: string): ActDay[] {
  const out: ActDay[] = [];
  for (const m of sentence.matchAll(DAY)) {
    const pre = sentence.slice(0, m.index);
    // A day in brackets converts the one before it to another zone: "this evening (0241 GMT Friday)".
    if (OTHER_DAY.test(pre) || pre.lastIndexOf('(') > pre.lastIndexOf(')')) continue;
    const lead = DAY_LEAD.exec(pre)![0];
    const start = m.index - lead.length;
    const partWord = PART_AFTER.exec(sentence.slice(m.index + m[0].length));
    const end = m.index + m[0].length + (partWord?.[0].length ?? 0);
    const act = actOf(sentence, start, end);
    if (act === null) continue;
    const first =
      /^[\s"“‘']*(\p{Lu}[\p{L}'’-]*)(?![\s-]+\p{Lu})/u
        .exec(sentence)?.[1]
        ?.toLowerCase()
        .replace(/['’]s$/u, '') ?? null;
    const word = `${lead} ${partWord?.[1] ?? ''}`.toLowerCase();
    const part = /\b(?:late|evening|night|overnight)\b/u.test(word) ? 'late' : /\b(?:early|morning)\b/u.test(word) ? 'early' : null;
    out.push({ text: sentence.slice(start, end).trim(), ...dayOf(m), part, ...act, opening: first });
  }
  return out;
}

/** The weekday a date falls on in a year (0 Sunday to 6). */
export function weekdayOf(year: number, month: number, date: number): number {
  return new Date(Date.UTC(year, month, date)).getUTCDay();
}
