import { scanAmounts, tokenize, type Interval, type Token } from '../text/numbers.ts';

/** A counted quantity in a sentence, e.g. "at least 10 killed" → deaths [10, ∞). */
export interface QuantityMention extends Interval {
  /** As written, from qualifier to counted noun. */
  text: string;
  /** Canonical quantity: deaths, injured, missing, arrests, displaced, troops, magnitude, percent, money:USD… */
  quantity: string;
}

/** Counted nouns and verbs → canonical quantity, casualties first so "12 soldiers were killed" counts deaths. */
const NOUNS: [string, RegExp][] = [
  ['deaths', /^(dead|deaths?|killed|kill|kills|killing|died|dying|drowned|ertrunken|noyés?|ahogad[oa]s|утонул\p{L}*|потонул\p{L}*|fatalities|fatality|toll|lives|tote[nr]?|todesopfer|getötet|starben|gestorben|morts?|mortes|tués?|tuées?|décès|muertos?|muertas|fallecidos|fallecieron|murieron|погибл\p{L}*|погибш\p{L}*|погиб|убит\p{L}*|жертв\p{L}*|загинул\p{L}*|загибл\p{L}*|загинуло)$/u],
  ['injured', /^(injured|injuring|injuries|wounded|wounding|hurt|verletzte?[nr]?|verletzt|blessés?|blessées?|heridos?|heridas|ранен\p{L}*|пострадавш\p{L}*|пострадал\p{L}*|поранен\p{L}*|постраждал\p{L}*)$/u],
  ['missing', /^(missing|unaccounted|vermisst|vermisste[n]?|disparus?|disparues|desaparecidos?|desaparecidas|пропавш\p{L}*|пропал\p{L}*|зникл\p{L}*)$/u],
  ['arrests', /^(arrested|arrests?|detained|detainees|festgenommen|festnahmen|verhaftet|arrêtés?|interpellés?|detenidos?|detenidas|arrestados|задержан\p{L}*|арестован\p{L}*|затриман\p{L}*|заарештован\p{L}*)$/u],
  ['rescued', /^(rescued|saved|gerettet|geborgen|secourus|sauvés|rescatados|rescatadas|спасены|спасли|спасено|врятован\p{L}*|врятували)$/u],
  ['displaced', /^(displaced|evacuated|evacuees|homeless|evakuiert|obdachlos|évacués?|déplacés|sinistrés|evacuados|desplazados|damnificados|эвакуирован\p{L}*|евакуйован\p{L}*)$/u],
  ['troops', /^(troops|soldiers|servicemen|soldaten|truppen|soldats|troupes|soldados|tropas|военнослужащ\p{L}*|военных|солдат\p{L}*|військових|військовослужбовц\p{L}*)$/u],
  ['magnitude', /^(magnitude|richter|stärke|magnitud|магнитуд\p{L}*|магнітуд\p{L}*)$/u],
  ['percent', /^(%|percent|prozent|pourcent|cento|ciento|процент\p{L}*|відсот\p{L}*)$/u],
];
const CURRENCIES: [RegExp, string][] = [
  [/^(\$|dollars?|usd|долларов|доллара|доларів)$/u, 'USD'], [/^(€|euros?|eur|евро|євро)$/u, 'EUR'],
  [/^(£|pounds|gbp)$/u, 'GBP'], [/^(₽|rubles|roubles|рублей|руб)$/u, 'RUB'], [/^(₴|hryvnias|гривень|грн)$/u, 'UAH'],
];
/** Units of measure and time: "12-year-old", "10 km", "3 hours" measure something, they do not count the noun nearby. */
const MEASURE = /^(years?|year-old|years-old|months?|weeks?|days?|hours?|minutes?|seconds?|km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|m|cm|mm|feet|ft|inches|kg|kilograms?|tonnes?|tons?|lit(?:er|re)s?|degrees?|°|mph|am|pm|gmt|utc|jahre?n?|jährige[nmr]?|stunden?|tage?n?|minuten|kilometer|meter|uhr|ans|heures?|jours?|mois|años?|horas?|días?|meses|лет|года?|часов|часа|дней|дня|минут|км|метров|років|року|рік|годин|днів|хвилин|метрів)$/u;
const WINDOW = 4;
/** Nouns that name who is counted rather than what happened to them; a casualty word nearby wins. */
const GENERIC = new Set(['troops', 'displaced']);
const STOP = /^[.;:,!?()"«»“”]$/u;

function kindOf(word: string): [string, number] | null {
  for (let p = 0; p < NOUNS.length; p++) if (NOUNS[p]![1].test(word)) return [NOUNS[p]![0], p];
  for (const [re, code] of CURRENCIES) if (re.test(word)) return [`money:${code}`, NOUNS.length];
  return null;
}

interface Hit { kind: string; priority: number; distance: number; token: number }

function scan(tokens: Token[], from: number, step: 1 | -1): Hit[] {
  const hits: Hit[] = [];
  for (let k = 0, i = from; k < WINDOW && i >= 0 && i < tokens.length; k++, i += step) {
    const t = tokens[i]!;
    if (/^\d/u.test(t.text) || (STOP.test(t.text) && !(step === 1 && k === 0 && t.text === '%'))) break;
    const kind = kindOf(t.lower);
    if (kind !== null) hits.push({ kind: kind[0], priority: kind[1], distance: k + (step === 1 ? 0 : 0.5) + (GENERIC.has(kind[0]) ? 2 : 0), token: i });
  }
  return hits;
}

/** Finds counted quantities in one sentence and normalises their amounts to intervals. */
export function findQuantities(sentence: string, language: string | null = null): QuantityMention[] {
  const tokens = tokenize(sentence, language);
  const out: QuantityMention[] = [];
  for (const amount of scanAmounts(sentence, language)) {
    const nextToken = tokens[amount.tokenEnd];
    const next = nextToken?.lower;
    if (next === 'of' || next === 'из' || next === 'із' || next === ':' || tokens[amount.tokenStart - 1]?.text === ':') continue;
    if (nextToken !== undefined && nextToken.start === amount.end && /^\p{L}/u.test(nextToken.text)) continue;
    const unit = next === '-' ? tokens[amount.tokenEnd + 1]?.lower : next;
    if (unit !== undefined && MEASURE.test(unit)) continue;
    const hits = [...scan(tokens, amount.tokenEnd, 1), ...scan(tokens, amount.tokenStart - 1, -1)];
    const money = hits.find((h) => h.kind.startsWith('money:') && h.distance < 1);
    const best = money ?? hits.sort((a, b) => a.distance - b.distance || a.priority - b.priority)[0];
    if (best === undefined) continue;
    const hit = tokens[best.token]!;
    const start = Math.min(amount.start, hit.start);
    const end = Math.max(amount.end, hit.end);
    out.push({ text: sentence.slice(start, end), quantity: best.kind, min: amount.min, max: amount.max });
  }
  return out;
}
