import type { KeyedMeasure } from './keyed-measure.ts';
import { amountsIn, numberTokens, type Token } from './numbers.ts';

/** What a shot is counted as: "13 shots", "a dozen rounds", "11 bullets"; casings are what a shot leaves behind. */
const SHOT = /^(?:shots?|rounds?|bullets?)$/u;
const CASING = /^casings?$/u;
/** Words between a count and its shots or casings: "12 9-mm shell casings", "six spent rounds". */
const SHOT_MODIFIER = /^(?:\d+|-|mm|caliber|calibre|spent|shell|shotgun|rifle|handgun|pistol|bullet|more)$/u;
/** A number that is a calibre ("9-mm", ".38-caliber"), not a count. */
const CALIBRE = /^(?:mm|caliber|calibre)$/u;
/** Verbs of firing before the count: "fired 11 shots", "sprayed 13 bullets", "letting off 13 shots". */
const FIRING = /^(?:fired|fires|fire|firing|sprayed|spraying|sprays|emptied|emptying|unleashed|unleashing|pumped|pumping)$/u;
/** Two-word verbs of firing: "let off", "got off", "squeezed off". */
const FIRING_OFF = /^(?:let|lets|letting|got|getting|squeezed|squeezing|squeezes)$/u;
/** Words between such a verb and its count: "fired a total of 11 shots", "fired another five rounds". */
const BEFORE_COUNT = new Set(['a', 'total', 'of', 'another', 'some', 'his', 'her', 'their', 'its']);
/** Auxiliaries of a passive after the shots: "13 shots were fired", "12 rounds had been discharged". */
const PASSIVE = new Set(['was', 'were', 'been', 'being']);
const FIRED = /^(?:fired|discharged|shot)$/u;
/** Who fires for the state: their shots are one thing, a suspect's another. */
const POLICE = /\b(?:police|policem[ae]n|officers?|cops?|sergeant|detectives?|troopers?|deput(?:y|ies)|agents?|soldiers?|troops)\b/iu;
/** Who fires against them: a gunman's shots are a count of their own, whoever reports them. */
const SHOOTER = /\b(?:gunm[ae]n|shooters?|suspects?|attackers?|assailants?|snipers?|killers?|robbers?|teen(?:ager)?s?)\b/iu;
/** Where a clause starts, for reading who fired: in "…, with Lopez standing accused of letting off" it is Lopez. */
const CLAUSE_BREAK = /[,;:()"“”—–]|\b(?:that|but|when|after|while|saying|which|who|as|and)\b/giu;
/** Capitalised words that name nobody: a sentence's first word, a title. */
const NOT_A_NAME = /^(?:The|A|An|Both|Two|Three|He|She|They|It|Police|Prosecutors?|Officers?|Mr|Mrs|Ms|Sgt|Officer|Detective)$/u;

/**
 * Who fired the shots, as a key: "police" for any officer (the sergeant, the officers, the cops), "shooter" for
 * the one they faced (the gunman, the suspect), a named shooter's surname, or '' when the clause names none (a
 * passive, "he"), which ties the count to no one.
 */
function shooterOf(sentence: string, at: number): string {
  const before = sentence.slice(0, at);
  let from = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) from = m.index + m[0].length;
  const clause = before.slice(from);
  if (POLICE.test(clause)) return 'police';
  if (SHOOTER.test(clause)) return 'shooter';
  const names = (clause.match(/\p{Lu}[\p{L}'’-]+/gu) ?? []).filter((w) => !NOT_A_NAME.test(w));
  return names.length > 0 ? names[names.length - 1]!.replace(/(?:'s|’s)$/u, '').toLowerCase() : '';
}

/** The verb of firing that ends just before token `i` (skipping "a total of", "another"), as its token index, or null. */
function firingBefore(tokens: Token[], i: number): number | null {
  let k = i - 1;
  for (let skipped = 0; skipped < 3 && k >= 0 && BEFORE_COUNT.has(tokens[k]!.lower); skipped++) k--;
  const word = tokens[k]?.lower ?? '';
  if (FIRING.test(word)) return k;
  if (word === 'off' && FIRING_OFF.test(tokens[k - 1]?.lower ?? '')) return k - 1;
  return null;
}

/** The passive "were fired" right after token `i`, as the index of its participle, or null. */
function firedAfter(tokens: Token[], i: number): number | null {
  let k = i;
  if (['have', 'has', 'had'].includes(tokens[k]?.lower ?? '')) k++;
  if (!PASSIVE.has(tokens[k]?.lower ?? '')) return null;
  return FIRED.test(tokens[k + 1]?.lower ?? '') ? k + 1 : null;
}

/**
 * How many shots were fired, as one English sentence tells it: "the officers fired 11 shots", "Lopez is accused of
 * letting off 13 shots", "at least 12 shots were fired", and the casings a shooting left ("police recovered 12 shell
 * casings"), which count the shots fired where they were found. Shots that hit someone are another count
 * (src/text/wound-counts.ts), as are warning shots. Shots are keyed by who fired them (`shooterOf`): police's 41 and a
 * suspect's two in one story are two counts, not two readings of one; casings and a passive name no shooter.
 */
export function findShotsFired(sentence: string): KeyedMeasure[] {
  if (!/shot|round|bullet|casing/iu.test(sentence)) return [];
  const tokens = numberTokens(sentence, 'en');
  const out: KeyedMeasure[] = [];
  for (const amount of amountsIn(tokens, 'en')) {
    if (amount.value < 1 || !Number.isInteger(amount.value)) continue;
    const next = tokens[amount.tokenEnd]?.lower === '-' ? amount.tokenEnd + 1 : amount.tokenEnd;
    if (CALIBRE.test(tokens[next]?.lower ?? '')) continue;
    let noun = amount.tokenEnd;
    while (noun < amount.tokenEnd + 5 && SHOT_MODIFIER.test(tokens[noun]?.lower ?? '')) noun++;
    const word = tokens[noun]?.lower ?? '';
    const casings = CASING.test(word);
    if (!casings && !SHOT.test(word)) continue;
    if (/^warning$/u.test(tokens[amount.tokenStart - 1]?.lower ?? '') || /^(?:hit|struck|entered)$/u.test(tokens[noun + 1]?.lower ?? ''))
      continue;
    const verb = casings ? null : firingBefore(tokens, amount.tokenStart);
    const passive = casings || verb !== null ? null : firedAfter(tokens, noun + 1);
    if (!casings && verb === null && passive === null) continue;
    const start = verb !== null ? tokens[verb]!.start : amount.start;
    const end = passive !== null ? tokens[passive]!.end : tokens[noun]!.end;
    const shooter = verb !== null ? shooterOf(sentence, tokens[verb]!.start) : '';
    const label =
      shooter === '' || shooter === 'shooter'
        ? 'shots fired'
        : shooter === 'police'
          ? 'shots fired by police'
          : `shots ${capitalised(shooter)} fired`;
    out.push({
      text: sentence.slice(start, end),
      quantity: 'shots',
      value: amount.value,
      high: amount.high,
      min: amount.min,
      max: amount.max,
      thing: shooter,
      label,
      shown: sentence.slice(amount.start, amount.end),
      holds: 'story',
    });
  }
  return out;
}

const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
