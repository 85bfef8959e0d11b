import { findAttribution, isNegated, type Attribution, type Stance } from './attribution.ts';
import { isPartyWord } from './party-words.ts';
import { isPerson, surnamesByGivenName, writtenSurnames } from './full-names.ts';
import type { Draft, Unit } from './drafts.ts';
import { shingles } from './syndication.ts';
import { contentTerms } from '../text/terms.ts';
import { unicodeWords } from '../text/unicode-regex.ts';

/** One attributed statement: a party says, denies, confirms or blames something. */
export interface Statement {
  party: string;
  stance: Stance;
  negative: boolean;
  clause: string;
  unit: Unit;
  /** Content terms of the claim, without the party and the reporting verb. */
  topic: Set<string>;
  /** For accusations: who or what is blamed. */
  target: Set<string>;
  /** Content terms of the party's name. */
  partyTerms: Set<string>;
  /** Eight-word shingles of the clause, to tell one quote seen twice. */
  quote: Set<string>;
  order: number;
}

const CONTRAST =
  /,?\s+(?:while|whereas|but|während|wohingegen|tandis que|alors que|mientras que|en cambio|тогда как|в то время как|тоді як)\s+|,\s+(?:а|но|але|mais|pero|aber|and|und|et|y|и|і)\s+|;\s+/iu;

const TARGET_END = unicodeWords(/\b(?:of|for|over|für|wegen|de|por|в|у)\b|[,;.]/iu);

function without(terms: string[], drop: Set<string>): Set<string> {
  return new Set(terms.filter((t) => !drop.has(t)));
}

function targetOf(clause: string, cue: string, language: string | null): Set<string> {
  const at = clause.toLowerCase().indexOf(cue.toLowerCase());
  const after = clause.slice(at + cue.length).split(TARGET_END)[0] ?? '';
  return new Set(contentTerms(after.split(/\s+/u).slice(0, 5).join(' '), language));
}

/** Finds the attributed statements of every report, clause by clause; a bare denial inherits the previous topic. */
export function extractStatements(drafts: Draft[]): Statement[] {
  const out: Statement[] = [];
  const written = writtenSurnames(drafts);
  const fullNames = surnamesByGivenName(drafts);
  // Words the reports write as names within a sentence: a sentence opening on one opens on a name.
  const names = new Set(drafts.flatMap((d) => d.units.flatMap((u) => u.entities)));
  for (const draft of drafts) {
    let previous: Statement | null = null;
    let speaker: Speaker | null = null;
    for (const unit of draft.units) {
      speaker = afterOpening(unit, speaker, written, names);
      let before: { attribution: Attribution; clause: string } | null = null;
      for (const clause of unit.sentence.split(CONTRAST)) {
        const own = findAttribution(clause);
        const pronoun = own === null ? pronounSpeaker(clause, speaker, unit.index) : null;
        const attribution: Attribution | null = own ?? pronoun ?? (before !== null && continuesReport(clause) ? before.attribution : null);
        if (attribution === null) continue;
        // A clause carrying on a report without a subject ("…said Quill was there, but isn't the one who fired") is about
        // the reported subject: its name joins the topic.
        const subject = own === null && pronoun === null ? reportedSubject(before!.clause, attribution.cue) : '';
        before = { attribution, clause };
        if (own !== null) speaker = isPerson(own.party, written) ? { attribution: own, index: unit.index } : null;
        else if (pronoun !== null) speaker = { attribution: pronoun, index: unit.index };
        const partyTerms = new Set(contentTerms(`${attribution.party} ${attribution.cue}`, unit.language));
        let topic = without(contentTerms(`${subject} ${byFullName(clause, fullNames)}`, unit.language), partyTerms);
        if (attribution.stance === 'deny' && topic.size < 2 && previous !== null) topic = new Set([...topic, ...previous.topic]);
        const statement: Statement = {
          party: attribution.party,
          stance: attribution.stance,
          negative: attribution.stance === 'deny' || isNegated(clause),
          // A clause without a subject is no sentence alone: its statement is shown whole.
          clause: own === null && pronoun === null ? unit.sentence.trim() : clause.trim(),
          unit,
          topic,
          target: attribution.stance === 'accuse' ? targetOf(clause, attribution.cue, unit.language) : new Set(),
          partyTerms: new Set(contentTerms(attribution.party, unit.language)),
          quote: shingles(clause, 8),
          order: out.length,
        };
        out.push(statement);
        previous = statement;
      }
    }
  }
  return out;
}

/** The last person a report quoted by name, and in which sentence. */
interface Speaker {
  attribution: Attribution;
  index: number;
}

/** How many sentences back a "he said" may reach for its speaker: a report quoting one witness names them, then goes on with "he". */
const SPEAKER_REACH = 3;
/** "he said", "“…,” she testified": a pronoun reporting what was said. */
const PRONOUN_REPORT = /(?:^|[,”"’]\s*)(?:he|she)\s+(?:also\s+|then\s+|later\s+)?(said|says|told|testified|added|insisted|stated)\b/iu;

/**
 * The speaker a pronoun stands for: the person the report last quoted by name (or through a pronoun standing for them)
 * within the last few sentences. A body ("police", "the ministry") is never "he" or "she".
 */
function pronounSpeaker(clause: string, speaker: Speaker | null, index: number): Attribution | null {
  const m = PRONOUN_REPORT.exec(clause);
  if (m === null || speaker === null || index - speaker.index > SPEAKER_REACH) return null;
  return { ...speaker.attribution, cue: m[1]! };
}

/** A clause with no subject of its own, opening on a verb: "…, but isn't the one who fired", "…, but was not there". */
const NO_SUBJECT =
  /^(?:is|was|are|were|did|does|had|has|never|not|is ?n['’]t|was ?n['’]t|did ?n['’]t|does ?n['’]t|had ?n['’]t|has ?n['’]t)\b/iu;

function continuesReport(clause: string): boolean {
  return NO_SUBJECT.test(clause.trim());
}

/** The name a report is about: the first capitalised word after its reporting verb ("Lynch said then-15-year-old Timmons was…" → Timmons). */
function reportedSubject(clause: string, cue: string): string {
  const at = clause.indexOf(cue);
  if (at < 0) return '';
  return /\b(\p{Lu}\p{Ll}+)\b/u.exec(clause.slice(at + cue.length))?.[1] ?? '';
}

/** A clause with each given name written alone replaced by its surname. */
function byFullName(clause: string, surnames: Map<string, string>): string {
  return clause.replace(/\b(\p{Lu}\p{Ll}+)\b(?!\s+\p{Lu})/gu, (word) => surnames.get(word) ?? word);
}

/**
 * The speaker a "he said" may stand for after a sentence opening on a name: the nearest named person becomes it
 * ("Rossi laid out the case. He said…" is Rossi; "Anchorage lawyer William Ingaldson was there. He said…" is the
 * lawyer); a sentence opening on another name (a place, a victim's first name) breaks the chain, as "he" may then be
 * someone else. The opening name is read as a party is, up to its first word that cannot be in a name.
 */
function afterOpening(unit: Unit, speaker: Speaker | null, written: Set<string>, names: Set<string>): Speaker | null {
  const words = unit.sentence.replace(/^\p{Lu}\p{Ll}+,\s+/u, '').split(/\s+/u);
  const first = words[0] ?? '';
  if (!names.has(first)) return speaker;
  const run: string[] = [];
  for (const w of words) {
    if (!isPartyWord(w) || /[,;:.]$/u.test(w)) {
      if (isPartyWord(w.replace(/[,;:.]$/u, ''))) run.push(w.replace(/[,;:.]$/u, ''));
      break;
    }
    run.push(w);
  }
  const party = run.join(' ').toLowerCase();
  if (speaker !== null && party.split(/\s+/u).pop() === speaker.attribution.party.split(/\s+/u).pop()) return speaker;
  return isPerson(party, written) ? { attribution: { party, stance: 'assert', cue: '' }, index: unit.index } : null;
}
