import { CONNECTORS, isPartyHead, isPartyWord } from './party-words.ts';

/** How a party positions itself towards a statement. */
export type Stance = 'assert' | 'deny' | 'confirm' | 'accuse';

/** Who a sentence (or clause) attributes its statement to, and how. */
export interface Attribution {
  party: string;
  stance: Stance;
  /** The reporting verb or phrase as written ("denied", "according to"). */
  cue: string;
}

const VERBS: Record<Stance, string[]> = {
  deny: `denied denies deny rejected rejects dismissed disputed refuted bestritt bestreitet bestreiten dementierte dementiert
    démenti dément démentent nié nient conteste contesté negó niega niegan desmintió desmiente rechazó отрицает отрицал
    отрицала отрицают опроверг опровергла опровергли опровергает заперечує заперечив заперечила заперечують спростував
    спростувала спростували`.split(/\s+/u),
  confirm: `confirmed confirms bestätigte bestätigt bestätigten confirmé confirme confirmó confirma подтвердил подтвердила
    подтвердили подтверждает підтвердив підтвердила підтвердили`.split(/\s+/u),
  accuse: `accused accuses blamed blames beschuldigte beschuldigt warf wirft accusé accuse accusent acusó acusa culpó culpa
    обвинил обвинила обвинили обвиняет звинуватив звинуватила звинуватили звинувачує`.split(/\s+/u),
  assert:
    `teilte teilten meldete meldeten estimated estimates said says say claimed claims claim stated insisted insists told testified testifies warned announced sagte sagten sagt erklärte
    erklärt erklärten betonte behauptete behauptet déclaré affirmé affirme assuré annoncé indiqué dijo afirmó afirma
    declaró aseguró informó señaló заявил заявила заявили сказал сказала сообщил сообщила сообщили утверждает заявив
    сказав повідомив повідомила повідомили стверджує`.split(/\s+/u),
};
const VERB_STANCE = new Map<string, Stance>(
  (Object.entries(VERBS) as [Stance, string[]][]).flatMap(([stance, verbs]) =>
    verbs.filter((v) => v !== '').map((v) => [v, stance] as [string, Stance]),
  ),
);
const SOURCE_PHRASES = [
  'according to',
  'laut',
  'nach angaben',
  'selon',
  "d'après",
  'según',
  'по словам',
  'по данным',
  'за словами',
  'за даними',
  'citing',
];
const SOURCE_PHRASE_WORDS = SOURCE_PHRASES.map((p) => p.split(' '));

/**
 * Words between a party and its verb ("has denied", "reportedly said"). Not "was" or "were": "Vance was denied a
 * permit, said Hale" and "Hale was told" name whom the act was done to, not who did it (a passive names its agent
 * after "by", if at all), so the verb gives no party and the sentence's next verb is read.
 */
const SKIP_BEFORE = new Set([
  'has',
  'have',
  'had',
  'also',
  'later',
  'again',
  'publicly',
  'repeatedly',
  'previously',
  'a',
  'ont',
  'ha',
  'han',
  'hat',
  'haben',
  'ist',
  'firmly',
  'strongly',
  'flatly',
  'reportedly',
]);
/** Prepositions that place a party ("police in Marrow Creek said"): the party is the phrase before them, with its place. */
const LOCATIVE = new Set(['in', 'at', 'near', 'im', 'in der', 'à', 'en', 'в', 'во', 'у']);
const ARTICLE = /^(the|a|an|der|die|das|des|dem|den|le|la|les|l'|el|los|las)$/iu;
const PUNCT = /^[,;:.!?()"«»“”]$/u;

/** At most this many words make a party, two parties joined by "and" included ("state media and U.S. Geological Survey"). */
const MAX_PARTY_WORDS = 7;

/** Reads a party's words starting at `from`, walking in `step` direction: party words, joined by connectors. */
function partyAt(tokens: string[], from: number, step: 1 | -1, both = false): string | null {
  const words: string[] = [];
  let i = from;
  if (step === 1) while (ARTICLE.test(tokens[i] ?? '')) i++;
  for (; i >= 0 && i < tokens.length && words.length < MAX_PARTY_WORDS; i += step) {
    const w = tokens[i]!;
    if (PUNCT.test(w)) break;
    // With `both`, two parties joined by "and", an article before the second allowed: "police and hospital officials
    // said", "state media and the U.S. Geological Survey said", "according to police and the Red Cross".
    if (both && w.toLowerCase() === 'and' && words.length > 0) {
      const skip = ARTICLE.test(tokens[i + step] ?? '') ? 1 : 0;
      const next = tokens[i + step * (1 + skip)] ?? '';
      if (step === 1 && isPartyWord(next)) {
        words.push(w);
        i += skip;
        continue;
      }
      if (step === -1 && isPartyHead(next)) {
        words.push(w);
        i -= skip;
        continue;
      }
      break;
    }
    if (both && step === -1 && ARTICLE.test(w) && tokens[i - 1]?.toLowerCase() === 'and' && words.length > 0) continue;
    if (CONNECTORS.has(w.toLowerCase()) && words.length > 0 && isPartyWord(tokens[i + step] ?? '')) {
      words.push(w);
      continue;
    }
    const placed = step === -1 && words.length > 0 && LOCATIVE.has(w.toLowerCase()) && isPartyHead(tokens[i - 1] ?? '');
    if (placed) {
      words.push(w);
      continue;
    }
    if (!isPartyWord(w)) {
      // A lower-case modifier belongs to the party when an article or an owner opens the phrase: "the seismic centre",
      // "Tehran's seismologic center" (the owner is kept: without it a reader sees only "center").
      const before = tokens[i - 1] ?? '';
      const owner = /^\p{Lu}\p{L}*['’]s$/u.test(before);
      const compound = step === -1 && words.length > 0 && /^\p{Ll}{3,}$/u.test(w) && (ARTICLE.test(before) || owner);
      if (compound) words.push(w);
      if (compound && owner) words.push(before);
      break;
    }
    words.push(w);
  }
  if (step === -1) words.reverse();
  while (words.length > 0 && CONNECTORS.has(words[words.length - 1]!.toLowerCase())) words.pop();
  const head = words[words.length - 1];
  if (head === undefined || !isPartyHead(head)) return null;
  return words
    .join(' ')
    .toLowerCase()
    .replace(/\s+mit$/u, '');
}

/** How far back a description set off by commas may reach ("a rights group that tracks the conflict"). */
const DESCRIPTION_WORDS = 14;

/**
 * The party before a description set off by commas, when the verb follows the description: "the Tarvo Monitor, a
 * rights group that tracks the conflict, said" names the Tarvo Monitor. The description opens with an article or a
 * relative word, or is an age ("Elijah Coleman, 21, told"); anything else between two commas is a clause of its own.
 */
function partyBeforeDescription(tokens: string[], comma: number): string | null {
  if (tokens[comma] !== ',') return null;
  for (let k = comma - 1; k >= Math.max(0, comma - DESCRIPTION_WORDS); k--) {
    // An age set off by commas describes the name before it: "Elijah Coleman, 21, told jurors".
    const age = k === comma - 2 && /^\d{1,3}$/u.test(tokens[k + 1] ?? '');
    if (tokens[k] === ',') return age || /^(a|an|the|which|who)$/iu.test(tokens[k + 1] ?? '') ? partyAt(tokens, k - 1, -1) : null;
    if (PUNCT.test(tokens[k]!)) return null;
  }
  return null;
}

/**
 * Finds who a sentence or clause attributes its statement to ("police said", "according to the hospital"). With
 * `both`, two parties joined by "and" are read as one ("police and hospital officials"), as a figure's sources are;
 * a claim's side is one party's.
 */
export function findAttribution(text: string, { both = false }: { both?: boolean } = {}): Attribution | null {
  // A dotted abbreviation is one word: "the U.S. Geological Survey", "U.N. officials".
  const tokens = [...text.matchAll(/(?:\p{Lu}\.){2,}|[\p{L}\p{N}'’-]+|[,;:.!?()"«»“”]/gu)].map((m) => m[0]);
  const lowered = tokens.map((t) => t.toLowerCase());
  const present = new Set(lowered);
  for (const words of SOURCE_PHRASE_WORDS) {
    if (!present.has(words[0]!)) continue;
    const phrase = words.join(' ');
    for (let i = 0; i + words.length <= tokens.length; i++) {
      if (!words.every((w, k) => lowered[i + k] === w)) continue;
      const party = partyAt(tokens, i + words.length, 1, both);
      if (party !== null) return { party, stance: 'assert', cue: phrase };
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const stance = VERB_STANCE.get(lowered[i]!) ?? (putsAt(lowered, i) ? 'assert' : undefined);
    if (stance === undefined) continue;
    let j = i - 1;
    while (j >= 0 && SKIP_BEFORE.has(lowered[j]!)) j--;
    const party =
      partyAt(tokens, j, -1, both) ??
      partyBeforeDescription(tokens, j) ??
      partyBeforePlace(tokens, lowered, j) ??
      (j < 0 || PUNCT.test(tokens[j]!) ? partyAt(tokens, i + 1, 1, both) : null);
    if (party !== null) return { party, stance, cue: tokens[i]! };
  }
  return null;
}

/**
 * The party before a place set off by commas and its verb: "the U. S. Geological Survey in Golden, Colo., said…" is the
 * survey's saying, not Colorado's. `j` is the comma before the verb.
 */
function partyBeforePlace(tokens: string[], lowered: string[], j: number): string | null {
  if (tokens[j] !== ',') return null;
  let k = j - 1;
  while (k >= 0 && (/^\p{Lu}/u.test(tokens[k]!) || tokens[k] === ',' || tokens[k] === '.')) k--;
  return k > 0 && k < j - 1 && (lowered[k] === 'in' || lowered[k] === 'at') ? partyAt(tokens, k - 1, -1) : null;
}

/** "The geological survey put the quake's strength at magnitude-5.4": a party's reading of a figure, as "said it was" is. */
function putsAt(lowered: string[], i: number): boolean {
  if (lowered[i] !== 'put' && lowered[i] !== 'puts') return false;
  const at = lowered.indexOf('at', i + 2);
  return at > 0 && at <= i + 6 && /\d/u.test(lowered.slice(at + 1, at + 3).join(' '));
}

const NEGATION =
  /(^|[^\p{L}])(not|no(?!\.?\s?\d)|never|none|nothing|nicht|kein\w*|nie|niemals|pas|jamais|aucun\w*|nunca|ningún|ninguna|не|нет|ни|ні|немає)(?=[^\p{L}]|$)|n\s?['’]\s?t(?![\p{L}])/iu;

/** True when a clause negates its statement ("No. 5 seed" does not). */
export function isNegated(text: string): boolean {
  return NEGATION.test(text);
}
