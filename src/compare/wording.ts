import type { ClaimDivergence, ClaimSide, FigureChange, NumberDivergence, NumberVariant, Report } from '../domain/breakdown.ts';

/** A span of coverage for people: "40 min", "5 h", "3 days". */
export function durationText(minutes: number): string {
  if (minutes < 60) return `${Math.round(minutes)} min`;
  if (minutes < 48 * 60) return `${Math.round(minutes / 60)} h`;
  return `${Math.round(minutes / 1440)} days`;
}

/** " · copy of AP" for a wire or syndicated copy, " · copy" when the agency is unknown, "" for an independent report. */
export function copyNote(report: Pick<Report, 'independent' | 'agency'>, copied: string | null = null): string {
  if (report.independent) return '';
  const source = report.agency ?? copied;
  return ` · copy${source ? ` of ${source}` : ''}`;
}

type Escape = (text: string) => string;
const plain: Escape = (t) => t;

/** "19:19" for an ISO time, in UTC. */
export function clockTime(iso: string): string {
  return new Date(iso).toISOString().slice(11, 16);
}

/** " between 19:19 and 00:20 UTC" for an update with both times, " as reporting went on" without them. */
export function updateSpan(change: FigureChange): string {
  if (change.from.at === null || change.to.at === null) return ' as reporting went on';
  return ` between ${clockTime(change.from.at)} and ${clockTime(change.to.at)} UTC`;
}

/** Who gives a value: the party the outlets cite, else the outlets ("police (A, B)", "A, B +1"). */
export function whoSays(v: Pick<NumberVariant, 'attribution' | 'outlets'>, esc: Escape = plain, shown = 2): string {
  const outlets = outletsOf(v.outlets, esc, shown);
  if (!v.attribution) return outlets;
  return outlets === '' ? esc(v.attribution) : `${esc(v.attribution)} (${outlets})`;
}

/** "A, B +1": the first `shown` outlets and how many more. */
function outletsOf(outlets: readonly string[], esc: Escape, shown = 2): string {
  return `${outlets.slice(0, shown).map(esc).join(', ')}${outlets.length > shown ? ` +${outlets.length - shown}` : ''}`;
}

/** "says" for one party or outlet, "say" for several or for a plural party ("police", "officials"). */
export function saysOf(v: Pick<NumberVariant, 'attribution' | 'outlets'>): string {
  return (v.attribution ? / and /u.test(v.attribution) || pluralParty(v.attribution) : v.outlets.length > 1) ? 'say' : 'says';
}

/** Nouns that take a plural verb whatever their ending. */
const PLURAL_NOUNS = new Set(['police', 'people', 'media', 'staff', 'military', 'authorities', 'officials']);

/**
 * Whether a party is plural by its head noun, the last word before any "in"/"of"/"at" phrase:
 * "Police in Marrow Creek", "Ukrainian officials", "local residents" are; "the regional hospital",
 * "Russia's defence ministry" and a capitalised name ending in s ("Reuters") are not.
 */
function pluralParty(party: string): boolean {
  const head =
    party
      .split(/\s+(?:in|of|at|for|from|on)\s+/u)[0]!
      .trim()
      .split(/\s+/u)
      .pop() ?? '';
  const lower = head.toLowerCase();
  if (PLURAL_NOUNS.has(lower)) return true;
  return head === lower && /[^su]s$/u.test(lower);
}

/**
 * A number divergence in plain words, without its label: an update as "rose from 3 to 24 between 19:19 and 00:20
 * UTC" (a falling count as "fell from 40 to 12 …", a corrected figure as "revised down from 11 to 7 as reporting went
 * on"), a conflict as "A says 41 / B says
 * several". Parts are escaped with `esc` for the platform.
 */
export function divergenceText(d: NumberDivergence, esc: Escape = plain): string {
  if (d.kind === 'update' && d.change !== null) {
    const verb = d.change.revision !== undefined ? `revised ${d.change.revision}` : d.change.fell ? 'fell' : 'rose';
    return `${verb} from ${esc(d.change.from.figure)} to ${esc(d.change.to.figure)}${updateSpan(d.change)}`;
  }
  return d.variants
    .map((v) => {
      const who = whoSays(v, esc);
      return who === '' ? esc(v.figure) : `${who} ${saysOf(v)} ${esc(v.figure)}`;
    })
    .join(' / ');
}

/** "deaths rose from 3 to 24 between 19:19 and 00:20 UTC", "shots that hit Gray revised down from 11 to 7 as reporting went on", "aircraft hit: A says 41 / B says several". */
export function divergenceLine(d: NumberDivergence, esc: Escape = plain): string {
  return d.kind === 'update' ? `${esc(d.label)} ${divergenceText(d, esc)}` : `${esc(d.label)}: ${divergenceText(d, esc)}`;
}

/**
 * One side of a conflicting claim as a reader sees it: the claim alone when it names its party already ("Police say
 * the car was grey") or when its party is the outlets that report it (a side no one else is quoted for, whose outlets
 * the line names after the claim), else "the harbour authority: an electrical fault". Printing both read
 * "police: Police say …" and "Daily Post: … — Daily Post".
 */
export function claimSideText(side: Pick<ClaimSide, 'party' | 'claim'> & Partial<Pick<ClaimSide, 'outlets'>>): string {
  // A side no one is quoted for is its outlets' own ("A and B and C", as sideOf writes them).
  const byOutlet =
    side.outlets !== undefined && side.outlets.length > 0 && side.outlets.join(' and ').toLowerCase() === side.party.toLowerCase();
  return byOutlet || namesParty(side.claim, side.party) ? side.claim : `${side.party}: ${side.claim}`;
}

/** Whether a claim mentions its party, "the" aside and whole words only ("The army denied …" names "army"). */
function namesParty(claim: string, party: string): boolean {
  const core = party.replace(/^the\s+/iu, '').trim();
  if (core === '') return false;
  const escaped = core.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(claim);
}

/** A claim conflict in one line, without its topic: "Police say … (A, B) / Witnesses say … (C)". */
export function claimText(d: ClaimDivergence, esc: Escape = plain): string {
  return d.sides
    .map((s) => {
      const outlets = outletsOf(s.outlets, esc);
      return `${esc(claimSideText(s))}${outlets ? ` (${outlets})` : ''}`;
    })
    .join(' / ');
}

/** "cause: the harbour authority: an electrical fault (A) / the union: a welding job (B)". */
export function claimLine(d: ClaimDivergence, esc: Escape = plain): string {
  return `${esc(d.topic)}: ${claimText(d, esc)}`;
}

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/**
 * "English 4, Russian 1, Japanese 1": how the reports split by language, most first, when they come in more than one,
 * or in one other than English ("Russian 2": a moderator had not been told a story was told only in Russian); null for
 * English alone, which is no news to a reader.
 */
export function languageSpread(byLanguage: Record<string, number>): string | null {
  const entries = Object.entries(byLanguage).filter(([code]) => code !== '' && code !== 'und');
  if (entries.length === 0 || (entries.length === 1 && entries[0]![0] === 'en')) return null;
  return entries
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([code, n]) => `${languageName(code)} ${n}`)
    .join(', ');
}

/** A language's English name from its code ("de" → "German"); the code itself when there is none. */
export function languageName(code: string): string {
  try {
    return LANGUAGE_NAMES.of(code) ?? code;
  } catch {
    return code;
  }
}
