import type { ClaimDivergence, ClaimSide } from '../domain/breakdown.ts';
import { foregroundUnits } from './background.ts';
import type { Draft, Unit } from './drafts.ts';
import { outletsOf, quotesOf } from './fact-sides.ts';
import { isPartyHead, isPartyWord } from './party-words.ts';
import { readerName, sameParty } from './parties.ts';

/**
 * A dispute a report frames itself, in one sentence or two in a row: two parties' views of one thing set against each other ("a
 * parliamentary election hailed by the government as an exercise in democracy but dismissed by critics as a sham";
 * "The authorities say the vote is an important democratic step, but critics question the validity of the process";
 * "regulations that environmentalists say weaken federal protection … but that Interior Department officials defended
 * as blocking a back-door attempt…"). The reporter tells the reader the parties disagree, so the clauses need not
 * share words the way two outlets' sentences must; what makes it a dispute rather than two statements side by side
 * ("the attorney said she checked in, but a state official said the clinic is unlicensed") is a verb of praise,
 * defence, dismissal or doubt on one side, or critics named as one side. English words.
 */
interface Framed {
  /** What the parties view: the thing the sentence names before the first view ("the parliamentary election"); null when it names none. */
  subject: string | null;
  sides: [View, View];
}

/** One party's view as the sentence tells it. */
interface View {
  /** The sentence telling it: the framing one, or one of two in a row. */
  unit: Unit;
  party: string;
  /** The view in the sentence's words, without the party: "hailed as an exercise in democracy", "the vote is an important democratic step". */
  claim: string;
  /** The verb's lower-case form, and whether it takes a side on its own (praise, defence, dismissal, doubt). */
  verb: string;
  takesSide: boolean;
  /** The words of its clause before the view (before the passive verb, or before the party): where its subject is named. */
  before: string;
}

/** Verbs that tell a view taking a side: praise or defence, dismissal or doubt. */
const SIDING =
  'hailed|heralded|praised|praises|praise|welcomed|welcomes|touted|touts|extolled|defended|defends|defend|dismissed|dismisses|dismiss|criticized|criticizes|criticize|criticised|criticises|criticise|condemned|condemns|condemn|denounced|denounces|denounce|derided|derides|decried|decries|rejected|rejects|reject|disputed|disputes|dispute|questioned|questions|question|challenged|challenges|challenge|contested|contests|contest|branded|brands';
/** Verbs that tell a view without taking a side by themselves. */
const VIEWING =
  'say|says|said|described|describes|describe|portrayed|portrays|called|calls|call|argued|argues|argue|insisted|insists|insist|maintained|maintains|maintain|contended|contends|contend|claimed|claims|claim|saw|sees|see|viewed|views|view|regarded|regards';
const SIDING_WORD = new RegExp(`^(?:${SIDING})$`, 'u');

/** "hailed by the government as an exercise in democracy": the verb, the party after "by", the view after "as". */
const PASSIVE = new RegExp(`\\b(${SIDING}|${VIEWING}|seen|viewed)\\s+by\\s+((?:(?!\\bas\\b)[^,;:])+?)\\s+as\\s+([^,;:]+)`, 'iu');
/** "critics question the validity…", "environmentalists say weaken…": the verb after the party, the rest of the clause. */
const ACTIVE = new RegExp(`\\b(${SIDING}|${VIEWING})\\b\\s*(?:that\\s+)?([^,;:]*)`, 'giu');

/** Nouns for those who oppose what a story's authorities do: named as a side, they set their view against another. */
const CRITICS =
  /^(?:critics|opponents|opposition|detractors|skeptics|sceptics|dissidents|activists|campaigners|environmentalists|conservationists|advocates|groups)$/iu;

/** Where a report sets one party's view against another's: "…, but", "while", "whereas", "yet"; not "not only … but also". */
const CONTRAST = /,?\s+(?:but|while|whereas|yet)\s+(?!also\b)(?:that\s+)?/iu;

/** Words that end a subject read backwards from a view: a preposition, a relative, a verb of the clause. */
const SUBJECT_STOP =
  /^(?:in|on|at|of|for|to|with|from|into|by|that|which|who|is|are|was|were|be|been|said|says|say|and|or|but|after|before)$/iu;
/** Words that open a subject and are read as "the": "a parliamentary election" is "the parliamentary election". */
const INDEFINITE = /^(?:a|an)$/iu;

/** Words that say whose a party is, beyond those of a source's name (party-words.ts): "business officials", "industry groups". */
const INTERESTS = /^(?:business|industry|environmental|rights|labor|labour|trade|farm|consumer)$/iu;

/**
 * The party of an active view: the words before its verb that can name one, ending on a party's head ("Interior
 * Department officials", "business officials"), two joined by "and" ("Environmentalists and scientists").
 */
function partyBefore(text: string): string | null {
  const words = text
    .trim()
    .split(/\s+/u)
    .filter((w) => w !== '');
  const party: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!.replace(/[“”"‘’]/gu, '');
    const joins = w.toLowerCase() === 'and' && party.length > 0 && i > 0 && (isPartyHead(words[i - 1]!) || CRITICS.test(words[i - 1]!));
    if (!joins && !isPartyWord(w) && !CRITICS.test(w) && !INTERESTS.test(w)) break;
    party.unshift(w);
  }
  const head = party[party.length - 1];
  if (head === undefined || !(isPartyHead(head) || CRITICS.test(head))) return null;
  // "The authorities": the article is no part of the name.
  return party.join(' ').replace(/^(?:the|a|an)\s+/iu, '');
}

/** One half of a framed sentence read as one party's view: a passive view ("dismissed by critics as a sham") or an active one. */
function viewIn(clause: string, unit: Unit): View | null {
  const passive = PASSIVE.exec(clause);
  if (passive !== null) {
    const verb = passive[1]!.toLowerCase();
    // "authorities in the natural gas-rich nation": the party is named before where it is.
    const party = passive[2]!
      .trim()
      .replace(/^(?:the|a|an)\s+/iu, '')
      .replace(/\s+(?:in|at|near|on)\s.*$/iu, '');
    const claim = `${verb} as ${passive[3]!.trim().replace(/[.!]$/u, '')}`;
    return { unit, party, claim, verb, takesSide: SIDING_WORD.test(verb), before: clause.slice(0, passive.index) };
  }
  for (const m of clause.matchAll(ACTIVE)) {
    const party = partyBefore(clause.slice(0, m.index));
    if (party === null) continue;
    const verb = m[1]!.toLowerCase();
    const takesSide = SIDING_WORD.test(verb);
    const rest = m[2]!.trim().replace(/[.!]$/u, '');
    if (rest.split(/\s+/u).length < 2) continue;
    const before = clause.slice(0, clause.toLowerCase().lastIndexOf(party.toLowerCase()));
    return { unit, party, claim: takesSide ? `${verb} ${rest}` : rest, verb, takesSide, before };
  }
  return null;
}

/** A day told after a subject ("regulations on Thursday"), which names no part of it. */
const TRAILING_DAY = /\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\s*$/u;
/** The words a view's claim opens on before its verb: "the vote" of "the vote is an important democratic step". */
const OPENING_SUBJECT =
  /^((?:the|this|that|its|his|her|their)\s+(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)\s+(?:is|was|are|were|has|had|will|would|could|should|must|can|may)\b/iu;

/** What a view taking a side is of, when the claim opens on its verb: "the move" of "welcomed the move". */
const SIDED_OBJECT = new RegExp(
  `^(?:${SIDING})\\s+((?:the|this|its|their)\\s+[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+){0,2}?)(?=\\s+(?:as|for|of|in|on|by|to|that|because|and)\\b|$)`,
  'iu',
);

/** The thing a sentence's views are of: the words before the first view back to a preposition, relative or verb. */
function subjectBefore(text: string): string | null {
  const words = text
    .replace(TRAILING_DAY, '')
    .trim()
    // A view set after its subject by a comma ("the Tarvo dam, hailed by…") is of it.
    .replace(/,$/u, '')
    .split(/\s+/u)
    .filter((w) => w !== '');
  const subject: string[] = [];
  for (let i = words.length - 1; i >= 0 && subject.length < 5; i--) {
    const w = words[i]!;
    // A verb in the past closes it too: "issued" in "The Bush administration issued two late-term regulations".
    if (SUBJECT_STOP.test(w) || /[,;:]$/u.test(w) || /^\p{Ll}{3,}ed$/u.test(w)) break;
    subject.unshift(w);
  }
  if (subject.length === 0 || !subject.some((w) => /^\p{Ll}{3,}/u.test(w))) return null;
  if (INDEFINITE.test(subject[0]!)) subject[0] = 'the';
  return subject.join(' ');
}

/** A sentence carrying on the one before it against it: "But critics say the poll is a sham." */
const AGAINST_BEFORE = /^(?:But|However|Yet)\b,?\s+/u;

/**
 * The dispute a sentence frames (see Framed), in its two halves, or against the sentence before it in its report
 * (`previous`) when it opens on "But" or "However" ("…parliamentary elections portrayed by the government as a step
 * towards democracy." then "But critics say that Sunday's vote is a sham…").
 */
export function framedDispute(unit: Unit, previous?: Unit): Framed | null {
  if (unit.language !== null && unit.language !== 'en') return null;
  const split = CONTRAST.exec(unit.sentence);
  const against = split === null && previous !== undefined ? AGAINST_BEFORE.exec(unit.sentence) : null;
  if (split === null && against === null) return null;
  const [first, firstUnit] = split !== null ? [unit.sentence.slice(0, split.index), unit] : [previous!.sentence, previous!];
  const second = split !== null ? unit.sentence.slice(split.index + split[0].length) : unit.sentence.slice(against![0].length);
  const a = viewIn(first, firstUnit);
  const b = viewIn(second, unit);
  if (a === null || b === null || sameParty(a.party, b.party)) return null;
  if (!a.takesSide && !b.takesSide && !isCritic(a.party) && !isCritic(b.party)) return null;
  // The subject before the first view: "… in a parliamentary election hailed by…", "… regulations that environmentalists say…".
  const subject =
    subjectBefore(a.before.replace(/\s+that\s*$/iu, '')) ?? OPENING_SUBJECT.exec(a.claim)?.[1] ?? SIDED_OBJECT.exec(a.claim)?.[1] ?? null;
  return { subject, sides: [a, b] };
}

/** A party named as critics or opponents, by its head word ("human rights groups", "critics"). */
const isCritic = (party: string): boolean => CRITICS.test(party.split(/\s+/u).pop() ?? '');

/** Two parties on one side of framed disputes: one name for one body, or critics both. */
const alike = (a: string, b: string): boolean => sameParty(a, b) || (isCritic(a) && isCritic(b));

/**
 * The disputes the story's reports frame in their own sentences, as claim conflicts: one per dispute, the reports
 * telling it with the same parties (a side's party named alike in each, `alike`) merged into it, each side the
 * parties that hold it and the sentences telling it. Background is left out (`foregroundUnits`).
 */
export function framedDisputes(drafts: Draft[]): ClaimDivergence[] {
  const groups: { subject: string | null; views: View[][] }[] = [];
  const foreground = new Set(foregroundUnits(drafts));
  const before = new Map(drafts.flatMap((d) => d.units.slice(1).map((u, i) => [u, d.units[i]!] as const)));
  for (const unit of foreground) {
    const previous = before.get(unit);
    const framed = framedDispute(unit, previous !== undefined && foreground.has(previous) ? previous : undefined);
    if (framed === null) continue;
    const [a, b] = framed.sides;
    const group = groups.find((g) => g.views.some((side) => side.some((v) => alike(v.party, a.party) || alike(v.party, b.party))));
    if (group === undefined) {
      groups.push({ subject: framed.subject, views: [[a], [b]] });
      continue;
    }
    group.subject ??= framed.subject;
    // Each view joins the side holding a party named alike; the other view the other side.
    const aFirst = group.views[0]!.some((v) => alike(v.party, a.party)) || group.views[1]!.some((v) => alike(v.party, b.party));
    group.views[0]!.push(aFirst ? a : b);
    group.views[1]!.push(aFirst ? b : a);
  }
  return groups.map((g) => ({
    topic: g.subject ?? 'how the parties see it',
    sides: g.views.map(sideOfViews),
  }));
}

/** A side: its parties as readers see them, its shortest view, the sentences telling it. */
function sideOfViews(views: View[]): ClaimSide {
  const parties: string[] = [];
  for (const v of views) if (!parties.some((p) => sameParty(p, v.party) || p === v.party)) parties.push(v.party);
  const shown = views.reduce((x, y) => (y.claim.length < x.claim.length ? y : x));
  const units = views.map((v) => ({ unit: v.unit }));
  const names = parties.map(readerName);
  // "government, authorities and officials"
  const party = names.length < 3 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`;
  return { party, claim: shown.claim, quotes: quotesOf(units), outlets: outletsOf(units) };
}
