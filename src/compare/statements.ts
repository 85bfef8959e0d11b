import { findAttribution, isNegated, type Stance } from './attribution.ts';
import type { Draft, Unit } from './drafts.ts';
import { shingles } from './syndication.ts';
import { contentTerms } from '../text/terms.ts';
import { unicodeWords } from './unicode-regex.ts';

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
  for (const draft of drafts) {
    let previous: Statement | null = null;
    for (const unit of draft.units) {
      for (const clause of unit.sentence.split(CONTRAST)) {
        const attribution = findAttribution(clause);
        if (attribution === null) continue;
        const partyTerms = new Set(contentTerms(`${attribution.party} ${attribution.cue}`, unit.language));
        let topic = without(contentTerms(clause, unit.language), partyTerms);
        if (attribution.stance === 'deny' && topic.size < 2 && previous !== null) topic = new Set([...topic, ...previous.topic]);
        const statement: Statement = {
          party: attribution.party,
          stance: attribution.stance,
          negative: attribution.stance === 'deny' || isNegated(clause),
          clause: clause.trim(),
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
