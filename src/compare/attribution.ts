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
  assert: `teilte teilten meldete meldeten said says say claimed claims claim stated insisted insists told warned announced sagte sagten sagt erklärte
    erklärt erklärten betonte behauptete behauptet déclaré affirmé affirme assuré annoncé indiqué dijo afirmó afirma
    declaró aseguró informó señaló заявил заявила заявили сказал сказала сообщил сообщила сообщили утверждает заявив
    сказав повідомив повідомила повідомили стверджує`.split(/\s+/u),
};
const VERB_STANCE = new Map<string, Stance>(
  (Object.entries(VERBS) as [Stance, string[]][]).flatMap(([stance, verbs]) => verbs.filter((v) => v !== '').map((v) => [v, stance] as [string, Stance])),
);
const SOURCE_PHRASES = ['according to', 'laut', 'nach angaben', 'selon', "d'après", 'según', 'по словам', 'по данным', 'за словами', 'за даними', 'citing'];
const SKIP_BEFORE = new Set(['has', 'have', 'had', 'was', 'were', 'also', 'later', 'again', 'publicly', 'repeatedly', 'previously', 'a', 'ont', 'ha', 'han', 'hat', 'haben', 'ist', 'also', 'firmly', 'strongly']);
const BREAK = new Set(['that', 'and', 'but', 'while', 'which', 'who', 'as', 'when', 'dass', 'und', 'que', 'qui', 'et', 'y', 'что', 'и', 'що', 'і', 'on', 'in', 'after', 'before']);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'er', 'sie', 'es', 'wir', 'il', 'elle', 'ils', 'elles', 'on', 'él', 'ella', 'ellos', 'он', 'она', 'они', 'оно', 'він', 'вона', 'вони', 'this', 'that', 'who']);
const ARTICLES = /^(the|a|an|der|die|das|des|dem|den|le|la|les|l'|el|los|las)\s+/iu;

function cleanParty(words: string[]): string | null {
  const party = words.join(' ').replace(ARTICLES, '').replace(/\s+mit$/u, '').replace(/[«»"“”'’()]/gu, '').trim();
  if (party === '' || PRONOUNS.has(party.toLowerCase())) return null;
  return party.toLowerCase();
}

/** Finds who a sentence or clause attributes its statement to ("police said", "according to the hospital"). */
export function findAttribution(text: string): Attribution | null {
  const lower = text.toLowerCase();
  for (const phrase of SOURCE_PHRASES) {
    const at = lower.search(new RegExp(`(^|[\\s,(])${phrase}\\s`, 'u'));
    if (at < 0) continue;
    const rest = text.slice(at + phrase.length + 1).trim().split(/[,;.:)]/u)[0] ?? '';
    const party = cleanParty(rest.split(/\s+/u).slice(0, 5));
    if (party !== null) return { party, stance: 'assert', cue: phrase };
  }
  const tokens = [...text.matchAll(/[\p{L}\p{N}'’-]+|[,;:.!?()"«»“”]/gu)].map((m) => m[0]);
  for (let i = 0; i < tokens.length; i++) {
    const stance = VERB_STANCE.get(tokens[i]!.toLowerCase());
    if (stance === undefined) continue;
    let j = i - 1;
    while (j >= 0 && SKIP_BEFORE.has(tokens[j]!.toLowerCase())) j--;
    const before: string[] = [];
    for (; j >= 0 && before.length < 4; j--) {
      const w = tokens[j]!;
      if (/^[,;:.!?()"«»“”]$/u.test(w) || BREAK.has(w.toLowerCase())) break;
      before.unshift(w);
    }
    let party = cleanParty(before);
    if (party === null && before.length === 0) {
      const after: string[] = [];
      for (let k = i + 1; k < tokens.length && after.length < 5 && !/^[,;:.!?()"«»“”]$/u.test(tokens[k]!); k++) after.push(tokens[k]!);
      if (/^(the|der|die|le|la|el)$/iu.test(after[0] ?? '') || /^\p{Lu}/u.test(after[0] ?? '')) party = cleanParty(after.slice(0, 4));
    }
    if (party !== null) return { party, stance, cue: tokens[i]! };
  }
  return null;
}

const NEGATION = /(^|[^\p{L}])(not|no|never|none|nothing|nicht|kein\w*|nie|niemals|pas|jamais|aucun\w*|nunca|ningún|ninguna|не|нет|ни|ні|немає)(?=[^\p{L}]|$)|n't/iu;

/** True when a clause negates its statement. */
export function isNegated(text: string): boolean {
  return NEGATION.test(text);
}
