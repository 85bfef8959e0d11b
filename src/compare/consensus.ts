import type { ClaimDivergence, ConsensusFact, NumberDivergence, NumberVariant, Quote } from '../domain/breakdown.ts';
import { overlaps } from '../text/numbers.ts';
import { COUNTED } from '../text/quantity-words.ts';
import type { QuantityMention } from '../text/quantity-mentions.ts';
import { stripDateline } from './boilerplate.ts';
import { LEAD_SENTENCES, type Draft, type Unit } from './drafts.ts';
import { factIndex, figuresAgree, type Match } from './matching.ts';
import { storyYear } from './background.ts';
import { backgroundSentences } from '../text/looking-back.ts';
import { inWritersVoice, isHabitual, isOpinion, isQuoted, needsContext, tellsRelativeDay } from './standalone.ts';
import { samePolarity } from './polarity.ts';
import { happeningOfStem } from '../text/event-words.ts';
import { CALENDAR_WORD } from '../text/dates.ts';
import { similarity } from '../text/terms.ts';

/** At most this many facts: the ones the most reports state. */
const MAX_FACTS = 3;
const key = (u: Unit): string => `${u.articleId}#${u.index}`;
const quoteOf = (u: Unit): Quote => ({ articleId: u.articleId, outlet: u.outlet, sentence: u.sentence });

interface Candidate {
  pivot: Unit;
  members: Unit[];
  score: number;
  order: number;
  central: number;
}

/**
 * The writer's own voice or a guess ("As I said in my review…", "probably"): no fact outlets agree on. Guesses are
 * read in English words only; the writer speaking of themself in every language the corpus holds (`inWritersVoice`).
 */
const writersView = (u: Unit): boolean =>
  u.language === 'en' || u.language === null ? isOpinion(u.sentence) : inWritersVoice(u.sentence, u.language);

/** A habit (`isHabitual`): true of many events, the fact of none. English words only. */
const habitual = (u: Unit): boolean => (u.language === 'en' || u.language === null) && isHabitual(u.sentence);

/**
 * A headline rather than a sentence: no closing full stop ("Quake shakes southern Iran, damages residential
 * buildings"); Chinese and Japanese close theirs with "。" or "！".
 */
const isHeadline = (sentence: string): boolean => !/[.!。！]\s*["”’)」』]?\s*$/u.test(sentence);

/**
 * A name or a label rather than a statement: a headline with fewer than two words in lower case ("Los Angeles County
 * Sheriff's Department, California", a page's heading; "Microsoft Issues Emergency Patch to Curb Hackers", a title in
 * title case): nothing an editor prints as what outlets agree on. A script without case (Chinese, Arabic) says neither.
 */
const isLabel = (sentence: string): boolean =>
  isHeadline(sentence) && /\p{Lu}|\p{Ll}/u.test(sentence) && sentence.split(/\s+/u).filter((w) => /^\p{Ll}/u.test(w)).length < 2;

/**
 * A sentence that opens in capitals, as some local papers set their lede ("A LARGE fire broke out at…"), written as
 * the story's other sentences write its words ("A large fire broke out at…"): an editor prints it so. The opening
 * run is one word or more in capitals, one of three letters or more ("A MAN has been charged…"; one word only when
 * the others write it all in lower case: "INITIAL results from the post-mortem…", not "NASA", which some write
 * "Nasa"), before a word in lower case; a word of it that no other sentence writes otherwise stays as it is ("NASA",
 * "OCHA"), as does one another sentence writes in capitals among words in lower case ("THE US ARMY" is "The US army"
 * beside "the US military", though "us" is written in lower case elsewhere). Choosing another report's sentence
 * instead had shown one that said less ("Police are continuing to investigate a fire…").
 */
export function calmed(sentence: string, others: () => readonly string[]): string {
  const run = /^(?=[^a-z]*\p{Lu}{3})(\p{Lu}+(?:[\s'’-]+\p{Lu}+)*)(?=\s+\p{Ll})/u.exec(sentence);
  if (run === null) return sentence;
  const written = new Map<string, string>();
  const acronyms = new Set<string>();
  const upper = (w: string | undefined): boolean => w !== undefined && w === w.toUpperCase();
  for (const other of others()) {
    const words = other.match(/\p{L}+/gu) ?? [];
    words.forEach((w, i) => {
      if (!upper(w)) {
        // A word written in lower case anywhere is a common word, though a sentence opens with it elsewhere.
        const known = written.get(w.toLowerCase());
        if (known === undefined || (known !== known.toLowerCase() && w === w.toLowerCase())) written.set(w.toLowerCase(), w);
      } else if (w.length > 1 && !upper(words[i - 1]) && !upper(words[i + 1])) acronyms.add(w);
    });
  }
  // One word alone is a lede in capitals only when others write it all in lower case, a common word ("initial"): a
  // name others capitalise ("Nasa") is written as its own outlet writes it.
  const alone = !/[\s'’-]/u.test(run[1]!);
  let first = true;
  const opening = run[1]!.replace(/\p{L}+/gu, (word) => {
    const seen = acronyms.has(word) ? undefined : written.get(word.toLowerCase());
    const form = alone && seen !== undefined && seen !== seen.toLowerCase() ? undefined : seen;
    const out = form === undefined ? word : first ? form[0]!.toUpperCase() + form.slice(1) : form;
    first = false;
    return out;
  });
  return opening + sentence.slice(run[1]!.length);
}

/**
 * A person called by religion or ethnicity (English): the word before a word for a person ("a Muslim woman", "Hispanic
 * teens"), not a name or a place ("Christian Bale", "the United Arab Emirates", "the Catholic Church").
 */
const IDENTITY =
  /\b(?:muslim|islamic|islamist|christian|jewish|catholic|protestant|hindu|sikh|buddhist|arab|hispanic|latino|latina|african[- ]american|caucasian)\s+(?:m[ae]n|wom[ae]n|boys?|girls?|teens?|teenagers?|youths?|suspects?|gunman|gunmen|drivers?|workers?|employees?|immigrants?|students?|people|persons?|converts?|clerics?)\b/giu;

/**
 * True when a sentence calls someone by religion or ethnicity as fewer than half of the other sentences stating its
 * fact do: "According to reports, a Muslim woman named Yvonne Hiller shot and killed two co-workers" (an anti-Muslim
 * blog's words) had been shown as what six outlets agree on, when the other five said "a woman". Editors name
 * either only where it is the story; an agreed fact is told as most reports tell it.
 */
export function labelsAlone(sentence: string, others: readonly Pick<Unit, 'sentence'>[]): boolean {
  const identity = (text: string): string[] => (text.match(IDENTITY) ?? []).map((w) => w.toLowerCase().split(/\s+/u)[0]!);
  return identity(sentence).some((w) => others.filter((o) => identity(o.sentence).includes(w)).length * 2 < others.length);
}

/** A sentence a reader can take out of its report as a statement: no pointing back, no quotation, no headline. */
const readsAlone = (sentence: string): boolean => !needsContext(sentence) && !isQuoted(sentence) && !isHeadline(sentence);

/** A member that can be shown as a fact: it reads without its report, is no one's view or habit, and is no label. */
const statesAlone = (m: Unit): boolean => !needsContext(m.sentence) && !writersView(m) && !habitual(m) && !isLabel(m.sentence);

/**
 * The member that states the shared fact: among those a reader can take alone (no "They then…", "But police
 * said…") and that state the fact of at least half of the other members (not a sentence on a second event that
 * matched only the pivot), a full sentence before a headline, then one that calls no one by religion or ethnicity most
 * of the others do not (`labelsAlone`), then the fewest counted quantities, so a disputed
 * figure is not presented as agreed, then the one the most other members state: the version most reports give, not
 * one that adds what only some do ("Jackson was on probation for a previous DUI arrest" for "Jackson was arrested on
 * suspicion of drunk driving"); null when none can.
 */
function plainest(c: Candidate, lookup: (u: Unit) => Map<string, Match>, headline: (u: Unit) => boolean): Unit | null {
  const agreement = new Map<Unit, number>();
  for (const m of c.members) {
    if (!statesAlone(m)) continue;
    const stating = lookup(m);
    const agreeing = c.members.filter((o) => o !== m && stating.has(o.articleId)).length;
    if (agreeing * 2 >= c.members.length - 1) agreement.set(m, agreeing);
  }
  // Each member's rank, read once: the fold below compares the best so far with every member.
  const ranks = new Map(
    [...agreement.keys()].map((m) => {
      const others = c.members.filter((o) => o !== m);
      return [m, (headline(m) ? 100 : 0) + (labelsAlone(m.sentence, others) ? 50 : 0) + m.mentions.length];
    }),
  );
  const rank = (m: Unit): number => ranks.get(m)!;
  const better = (m: Unit, best: Unit): boolean =>
    rank(m) < rank(best) || (rank(m) === rank(best) && agreement.get(m)! > agreement.get(best)!);
  return [...agreement.keys()].reduce<Unit | null>((best, m) => (best === null || better(m, best) ? m : best), null);
}

/**
 * The fact in a sentence its reports state, codes included (see backing), with those reports: the plainest sentence
 * when at least `needed` reports state it, else the member most reports state, when that is at least `needed`, else
 * none. The plainest sentence is the one most other members state, but matching is not transitive: in the Athens bank
 * fire, Reuters's "Three people, one of them a pregnant woman, were killed…" was stated by three other reports and the
 * ABC's "Three people died in a burning bank…" by four, and the story had listed no agreed fact. The sentence taken
 * instead is held to what `plainest` asks, and is no headline and calls no one by religion or ethnicity that others
 * do not (`labelsAlone`): a fact only such a sentence states enough reports to stand is not listed.
 * "Vendex released an emergency update, VX08-112, to fix…" found in one report does not stand for the reports
 * saying only that Vendex released an emergency update: VX08-112 may be another bulletin, of another year.
 */
function backedStatement(
  plain: Unit,
  members: readonly Unit[],
  stating: (statement: Unit, codes?: boolean) => Unit[],
  needed: number,
  headline: (u: Unit) => boolean,
): { statement: Unit; credited: Unit[] } | null {
  let best = { statement: plain, credited: stating(plain) };
  if (best.credited.length >= needed) return best;
  for (const u of members) {
    if (u === plain || !statesAlone(u) || isQuoted(u.sentence) || headline(u)) continue;
    if (
      labelsAlone(
        u.sentence,
        members.filter((o) => o !== u),
      )
    )
      continue;
    const credited = stating(u);
    if (credited.length > best.credited.length) best = { statement: u, credited };
  }
  return best.credited.length >= needed ? best : null;
}

/**
 * Two sentences this alike (`similarity`, the share of their words) are one sentence told twice: two sentences of ten
 * words that differ in their day and one word more share 0.8. Jackson's "arrested yesterday … drunken driving" and
 * "arrested Tuesday … drunk driving" share 0.83; "is expected to be arraigned today" and "pleaded not guilty", another
 * stage, 0.73.
 */
const TWIN = 0.8;

/**
 * The statement told with its day as a date or weekday when it tells the day from its report's date ("Vincent Jackson
 * was arrested yesterday on suspicion of drunken driving"): a credited twin that does not ("…was arrested Tuesday on
 * suspicion of drunk driving") is shown instead, for an agreed fact is read days later and beside reports of other
 * dates. Only a twin (`TWIN`): a credited sentence less alike may tell another stage ("pleaded not guilty" for
 * "is expected to be arraigned today"), which pairwise matching cannot tell apart.
 */
function dayAsDated(statement: Unit, credited: readonly Unit[], headline: (u: Unit) => boolean): Unit {
  if (!tellsRelativeDay(statement.sentence, statement.language)) return statement;
  let best: Unit = statement;
  let likeness = TWIN;
  for (const u of credited) {
    if (u === statement || headline(u) || !statesAlone(u) || isQuoted(u.sentence) || tellsRelativeDay(u.sentence, u.language)) continue;
    const sim = similarity(statement.terms, u.terms);
    if (sim >= likeness && u.mentions.length <= statement.mentions.length) {
      best = u;
      likeness = sim;
    }
  }
  return best;
}

/** The middle of some numbers (the mean of the two middle ones when they are even in number). */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return (sorted[Math.floor((sorted.length - 1) / 2)]! + sorted[Math.ceil((sorted.length - 1) / 2)]!) / 2;
}

/** Whether the report `articleId` gives every rare code a sentence gives (see backing). */
type Backs = (statement: Unit, articleId: string) => boolean;

/**
 * A sentence is only what a report states when the report gives its codes too, somewhere in its text: a sentence
 * matched by its common words ("Microsoft has released … to fix a vulnerability in its Internet Explorer…") does not
 * make a report say "MS08-078" (the December 2008 bulletin, credited to reports of the September 2013 fix). Codes most
 * of the story's reports give are not asked of each: a report that names the bulletin once has stated it.
 */
function backing(independent: readonly Draft[], copies: readonly Draft[]): Backs {
  const codes = new Map<string, Set<string>>();
  for (const d of [...independent, ...copies]) codes.set(d.article.id, new Set(d.units.flatMap((u) => codesOf(u.sentence))));
  const reach = new Map<string, number>();
  for (const d of independent) for (const code of codes.get(d.article.id)!) reach.set(code, (reach.get(code) ?? 0) + 1);
  const rare = (code: string): boolean => (reach.get(code) ?? 0) * 2 < independent.length;
  return (statement, articleId) => {
    const held = codes.get(articleId);
    return held === undefined || codesOf(statement.sentence).every((code) => held.has(code) || !rare(code));
  };
}

const codesOf = (sentence: string): string[] => sentence.match(CODE) ?? [];

/**
 * A code of capitals then digits, two digits or more ("MS08-078", "CVE-2013-3893", "A380"), not a sum ("$US1"), an
 * age ("36-year-old") or a team ("76ERS").
 */
const CODE = /(?<![\p{L}\p{N}$€£])(?=[A-Z0-9-]*[A-Z]-?\d)(?=(?:[A-Z0-9-]*\d){2})[A-Z0-9]+(?:-[A-Z0-9]+)*(?![\p{L}\p{N}])/gu;

/**
 * The event's own facts that most independent outlets report: a sentence whose content words and figures are matched
 * in at least half of the independent reports (and at least two), credited only to the reports whose sentences state
 * it with the same figures. Background and history ("the 2004 tsunami killed 230,000"), quoted opinion and the
 * writer's own view ("As I said in my review, Ross's direction was the film's strength") are not facts of the event. Copies that carry the fact are quoted too but do not count.
 */
export function consensusFacts({ independent, copies }: { independent: Draft[]; copies: Draft[] }): ConsensusFact[] {
  // A sentence is matched by words, so only reports in its language can state it: half of those (and at least two)
  // is most. Counting reports in other languages too would make agreement vanish from a story told in several.
  const inLanguage = new Map<string | null, number>();
  for (const d of independent) inLanguage.set(d.language, (inLanguage.get(d.language) ?? 0) + 1);
  const neededIn = (language: string | null): number => Math.max(2, Math.ceil((inLanguage.get(language) ?? 0) / 2));
  const rank = new Map([...independent, ...copies].map((d, i) => [d.article.id, i]));
  const lookup = factIndex(independent.flatMap((d) => d.units));
  const reach = new Map<string, number>();
  for (const d of independent) for (const t of new Set(d.units.flatMap((u) => [...u.terms]))) reach.set(t, (reach.get(t) ?? 0) + 1);
  /** How central a sentence is: the mean share of reports using each of its terms (the story's who, what and where score high). */
  const centrality = (u: Unit): number =>
    u.terms.size === 0 ? 0 : [...u.terms].reduce((sum, t) => sum + (reach.get(t) ?? 0), 0) / u.terms.size / independent.length;
  const lookupCopies = factIndex(copies.flatMap((d) => d.units));
  const backs = backing(independent, copies);
  // An item with no body is its headline, whatever its last mark: "PHILADELPHIA 76ERS Fired Jim O'Brien, coach. Named
  // Maurice Cheeks coach." (a transactions column's line) had been shown as what seven outlets agree on.
  const titles = new Set(independent.filter((d) => d.article.body.trim() === '').flatMap((d) => d.units));
  const headline = (u: Unit): boolean => titles.has(u) || isHeadline(u.sentence);
  const candidates: Candidate[] = [];
  let order = 0;
  const year = storyYear([...independent, ...copies]);
  // Sentences that state no fact of the event (the writer's view, a habit) neither lead a fact nor are credited with
  // one; background (history, an earlier month) and a quotation may state one, but do not lead.
  const aside = new Set<Unit>();
  const background = new Set<Unit>();
  for (const draft of independent) {
    const earlier = backgroundSentences(
      draft.units.map((u) => u.sentence),
      year,
    );
    draft.units.forEach((u, k) => {
      if (earlier[k]) background.add(u);
      if (writersView(u) || habitual(u)) aside.add(u);
    });
  }
  for (const draft of independent) {
    for (const pivot of draft.units) {
      if (aside.has(pivot) || isQuoted(pivot.sentence) || background.has(pivot)) continue;
      const matches = [...lookup(pivot).values()].filter((m) => m.unit.language === pivot.language && !aside.has(m.unit));
      if (matches.length + 1 < neededIn(pivot.language)) continue;
      const score = matches.reduce((sum, m) => sum + m.score, 0);
      const members = [pivot, ...matches.map((m) => m.unit)];
      // A fact most of whose reports give it only below their lead (building damage, a vow, a hospital's statement)
      // is a detail, true but not what most outlets agree the story is.
      if (members.filter((m) => m.index < LEAD_SENTENCES).length * 2 < members.length) continue;
      candidates.push({ pivot, members, score, order: order++, central: centrality(pivot) });
    }
  }
  candidates.sort((a, b) => b.members.length * b.central - a.members.length * a.central || b.score - a.score || a.order - b.order);
  const used = new Set<string>();
  const facts: ConsensusFact[] = [];
  const place = new Map<ConsensusFact, number>();
  for (const c of candidates) {
    if (facts.length >= MAX_FACTS) break;
    if (c.members.some((m) => used.has(key(m)))) continue;
    const plain = plainest(c, lookup, headline);
    if (plain === null) continue;
    // Credited: the members whose sentence states the statement shown, not merely one the pivot matched ("Jackson
    // was on probation for a previous DUI arrest" is not what "Chargers' Jackson arrested on suspicion of DUI" says).
    const stating = (statement: Unit, codes = true): Unit[] => {
      const said = lookup(statement);
      return c.members.flatMap((m) => {
        if (m === statement) return [m];
        const unit = said.get(m.articleId)?.unit;
        const states = unit !== undefined && !aside.has(unit) && samePolarity(statement, unit);
        return states && (!codes || backs(statement, m.articleId)) ? [unit] : [];
      });
    };
    const shown = backedStatement(plain, c.members, stating, neededIn(plain.language), headline);
    if (shown === null) continue;
    const { credited } = shown;
    const statement = dayAsDated(shown.statement, credited, headline);
    c.members.forEach((m) => used.add(key(m)));
    const quotes = [...credited, ...[...lookupCopies(statement).values()].map((m) => m.unit)].map(quoteOf);
    quotes.sort((a, b) => (rank.get(a.articleId) ?? 0) - (rank.get(b.articleId) ?? 0));
    // Every other sentence of the story's reports (read only for a lede in capitals), so a word it gives is found as
    // the others write it.
    const others = (): string[] => independent.flatMap((d) => d.units.filter((u) => u !== statement).map((u) => u.sentence));
    const fact = {
      statement: calmed(stripDateline(statement.sentence), others),
      quotes,
      outlets: [...new Set(quotes.map((q) => q.outlet))],
    };
    place.set(fact, median(credited.map((u) => u.index)));
    facts.push(fact);
  }
  // A story whose reports share no sentence word for word may still agree on who it happened to and what happened.
  if (facts.length === 0)
    for (const fact of happeningFacts({
      independent,
      copies,
      needed: neededIn,
      usable: (u) => !aside.has(u) && !background.has(u) && statesAlone(u) && !isQuoted(u.sentence),
      headline,
    }).slice(0, MAX_FACTS)) {
      const quotes = [...fact.credited, ...fact.copied].map(quoteOf);
      quotes.sort((a, b) => (rank.get(a.articleId) ?? 0) - (rank.get(b.articleId) ?? 0));
      const others = (): string[] => independent.flatMap((d) => d.units.filter((u) => u !== fact.statement).map((u) => u.sentence));
      const shown = {
        statement: calmed(stripDateline(fact.statement.sentence), others),
        quotes,
        outlets: [...new Set(quotes.map((q) => q.outlet))],
      };
      place.set(shown, median(fact.credited.map((u) => u.index)));
      facts.push(shown);
    }
  // Shown in the order their reports tell them (the median place of the sentences credited), as a news report puts
  // what the story is first: a detail more reports give ("INS Sukanya detected five suspicious boats…", 9 outlets)
  // had led the lede ("An Indian warship on Thursday intercepted three boats with 26 Somali pirates…", 6).
  return facts.sort((a, b) => place.get(a)! - place.get(b)!);
}

/**
 * The name a lead sentence gives and the happening it tells, read as one fact, for a story whose reports share no
 * sentence word for word: "Gigante … died Monday in prison", "One of the most famous mafia godfathers in the US,
 * Vincent "the Chin" Gigante, … has died in jail, aged 77" and "Vincent Gigante, who died yesterday in federal prison
 * at 77, was the Genovese crime family boss…" all say that Gigante died, though their words around it differ too much
 * for their sentences to be matched (each calls him by another of his descriptions), and the story had listed no
 * agreed fact. A pair of a name the story's reports write (capitalised inside a sentence somewhere; no weekday or
 * month) and a happening (`happeningOfStem`: a death, an arrest, a robbery) that at least `needed` independent reports
 * give in one sentence of their lead is what they agree on, credited to those sentences whose figures agree
 * (`figuresAgree`: "Twelve people died…" and "Fifteen people were killed…" state no fact together) and to copies' lead
 * sentences giving it, told in one of them: no headline, one whose figures enough of the others agree with, then one
 * telling no day from its report's date ("yesterday"), then the fewest figures, then the medoid (the sentence most
 * like the others). Of pairs that share a report's sentence, the one most reports give is
 * taken ("LaRue" and "Watergate" with a death are one fact).
 */
function happeningFacts({
  independent,
  copies,
  needed,
  usable,
  headline,
}: {
  independent: readonly Draft[];
  copies: readonly Draft[];
  needed: (language: string | null) => number;
  usable: (u: Unit) => boolean;
  headline: (u: Unit) => boolean;
}): { statement: Unit; credited: Unit[]; copied: Unit[] }[] {
  const names = new Set(independent.flatMap((d) => d.units.flatMap((u) => u.entities)).filter((w) => !CALENDAR_WORD.test(w)));
  const pairsOf = (u: Unit): string[] => {
    const given = (u.sentence.match(/\p{Lu}[\p{L}'’-]*/gu) ?? []).map((w) => w.replace(/['’]s$/u, '')).filter((w) => names.has(w));
    const happenings = new Set(
      [...u.terms].flatMap((t) => {
        const h = t.startsWith('#') ? null : happeningOfStem(t, u.language ?? 'en');
        return h === null ? [] : [h];
      }),
    );
    return [...new Set(given)].flatMap((n) => [...happenings].map((h) => `${n}\u0000${h}`));
  };
  const holders = (drafts: readonly Draft[]): Map<string, Unit[]> => {
    const held = new Map<string, Unit[]>();
    for (const d of drafts)
      for (const u of d.units) {
        if (u.index >= LEAD_SENTENCES || !usable(u)) continue;
        for (const p of pairsOf(u)) {
          const list = held.get(p) ?? [];
          if (!list.some((v) => v.articleId === u.articleId)) held.set(p, [...list, u]);
        }
      }
    return held;
  };
  const copiesHolding = holders(copies);
  const out: { statement: Unit; credited: Unit[]; copied: Unit[] }[] = [];
  const used = new Set<Unit>();
  const ranked = [...holders(independent)]
    .filter(([, units]) => units.length >= needed(units[0]!.language))
    .sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
  for (const [pair, holding] of ranked) {
    if (holding.some((u) => used.has(u))) continue;
    const creditedBy = (s: Unit): Unit[] => holding.filter((u) => samePolarity(s, u) && figuresAgree(s, u));
    const candidates = holding.filter((u) => !headline(u) && creditedBy(u).length >= needed(u.language));
    if (candidates.length === 0) continue;
    const likeness = (u: Unit): number => holding.reduce((sum, v) => sum + (v === u ? 0 : similarity(u.terms, v.terms)), 0);
    const score = (u: Unit): number[] => [tellsRelativeDay(u.sentence, u.language) ? 0 : 1, -u.mentions.length, likeness(u)];
    const better = (a: number[], b: number[]): boolean => {
      const k = a.findIndex((x, i) => x !== b[i]);
      return k >= 0 && a[k]! > b[k]!;
    };
    const statement = candidates.reduce((best, u) => (better(score(u), score(best)) ? u : best));
    const credited = creditedBy(statement);
    holding.forEach((u) => used.add(u));
    const copied = (copiesHolding.get(pair) ?? []).filter((u) => samePolarity(statement, u) && figuresAgree(statement, u));
    out.push({ statement, credited, copied });
  }
  return out;
}

/**
 * Facts not shown in a sentence that is one side of a claim in dispute: "Kimani Gray was shot… after, police say,
 * pointing a gun at approaching cops" is not what most outlets agree on when witnesses say he had no gun. As with a
 * disputed figure, the fact is shown in another of its sentences that is no side ("Tara Reid entered Promises…" when
 * the day she did is disputed), and left out when each of them is one.
 */
export function withoutDisputedClaims(facts: ConsensusFact[], claims: readonly ClaimDivergence[]): ConsensusFact[] {
  const sides = new Set(claims.flatMap((c) => c.sides.flatMap((s) => s.quotes.map(quoteKey))));
  return shownWithout(facts, (q) => sides.has(quoteKey(q)));
}

/**
 * The agreed facts shown without a disputed figure: a sentence giving one side of a conflict ("the bank pledged
 * $250,000" against another outlet's $500,000) or a figure a count has since left behind (the first toll of one that
 * rose) does not state what most outlets agree on, however many outlets write it. A sentence gives a disputed figure
 * when a divergence quotes it, or when it counts what a conflict counts ("…killing 10 people and injuring 80" while
 * the injured are given as 50, 80 and dozens) or an earlier value of a count that rose (`mentionsOf` reads its
 * counts; only counted things, deaths to drones, since two sums of money or two shares in one story are often two
 * quantities). A fact whose shown sentence gives one is shown in the words of a report whose sentence gives none
 * ("Halden agreed to buy Brisk", not "… for $13.9 billion"), and left out when every report's sentence gives one. The
 * latest figure of an update is not disputed.
 */
export function withoutDisputedFigures(
  facts: ConsensusFact[],
  numbers: NumberDivergence[],
  mentionsOf: (q: Quote) => readonly QuantityMention[] = () => [],
): ConsensusFact[] {
  const disputed = new Set<string>();
  for (const d of numbers)
    for (const v of d.variants)
      if (d.kind === 'conflict' || v.figure !== d.change?.to.figure) for (const q of v.quotes) disputed.add(quoteKey(q));
  const givesDisputedCount = disputedCount(numbers);
  const countsDisputed = (q: Quote): boolean => givesDisputedCount(mentionsOf(q));
  return shownWithout(facts, (q) => disputed.has(quoteKey(q)) || countsDisputed(q));
}

/**
 * Each fact shown in a sentence of it that is not `disputed` (its own when that is not), and left out when none is.
 * The sentence shown instead must read alone, as the one it replaces had to (no "He died at 12:45 p.m. on Thursday…",
 * no quotation, no headline).
 */
function shownWithout(facts: ConsensusFact[], disputed: (q: Quote) => boolean): ConsensusFact[] {
  const out: ConsensusFact[] = [];
  for (const fact of facts) {
    // Case aside: a statement set in capitals is shown as the other reports write it (`calmed`).
    const shown = fact.quotes.find((q) => q.sentence.toLowerCase().includes(fact.statement.toLowerCase()));
    if (shown === undefined || !disputed(shown)) {
      out.push(fact);
      continue;
    }
    const plain = fact.quotes.find((q) => !disputed(q) && readsAlone(q.sentence));
    if (plain !== undefined) out.push({ ...fact, statement: stripDateline(plain.sentence) });
  }
  return out;
}

/**
 * Whether counts a sentence or title gives state a disputed value: a count of a thing in conflict that some side's value
 * cannot be true beside ("80 wounded" against 50; not "dozens", which 50 and 80 both are), or a count that the latest
 * value of a count that rose cannot be true beside (an earlier value; "at least 10" states the latest 10). Only counted
 * things, deaths to drones (`COUNTED`).
 */
function disputedCount(numbers: NumberDivergence[]): (mentions: readonly QuantityMention[]) => boolean {
  // Each counted quantity in dispute, with the values a mention of it must be true beside: every side of a conflict,
  // the latest value of a count that rose.
  const counted = new Map<string, NumberVariant[]>();
  for (const d of numbers)
    if (COUNTED.has(d.quantity)) {
      const latest = d.variants.find((v) => v.figure === d.change?.to.figure);
      counted.set(d.quantity, d.kind === 'conflict' ? d.variants : latest === undefined ? [] : [latest]);
    }
  return (mentions) =>
    mentions.some((m) => {
      const values = counted.get(m.quantity);
      return values !== undefined && (values.length === 0 || values.some((v) => !overlaps(m, v)));
    });
}

/** One sentence of one report, as a map key: the same for a quote and for the unit it quotes. */
export const quoteKey = (q: Pick<Quote, 'articleId' | 'sentence'>): string => `${q.articleId}\u0000${q.sentence}`;
