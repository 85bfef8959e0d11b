import type { Breakdown, Report } from '../domain/breakdown.ts';
import { renderCoverageCard } from '../card/render-card.ts';

const NAMES = [
  'Harbour Ledger',
  'Новая Газета Севера',
  'Η Καθημερινή Νέα',
  'صحيفة الميناء',
  '港口日报',
  'Le Courrier du Port',
  'Der Hafenbote',
  'Діловий Вісник',
  'الأخبار اليوم',
  '海风新闻网',
  'The Evening Lantern',
  'Ο Ταχυδρόμος',
  'Gazeta Portowa',
  'El Faro Diario',
  '항구 신문',
  'みなとニュース',
];
const COUNTRIES = ['GB', 'RU', 'GR', 'EG', 'CN', 'FR', 'DE', 'UA', 'SA', 'TW', 'US', 'CY', 'PL', 'ES', 'KR', 'JP', null];
const OWNERSHIP = ['private', 'public-broadcaster', 'state-controlled', 'nonprofit', 'wire-agency', null] as const;

/** An invented breakdown with `outlets` reports whose names mix Latin, Cyrillic, Greek, Arabic, Chinese, Japanese and Korean. */
export function inventedBreakdown({ outlets, seed = 0 }: { outlets: number; seed?: number }): Breakdown {
  const start = Date.parse('2026-11-29T06:00:00Z') + seed * 60_000;
  const reports: Report[] = Array.from({ length: outlets }, (_, i) => ({
    articleId: `a${seed}-${i}`,
    sourceId: `s${i}`,
    outlet: `${NAMES[(i + seed) % NAMES.length]}${i >= NAMES.length ? ` ${i}` : ''}`,
    country: COUNTRIES[(i * 7 + seed) % COUNTRIES.length] ?? null,
    language: null,
    ownership: OWNERSHIP[(i + seed) % OWNERSHIP.length] ?? null,
    url: null,
    title: `Report ${i}`,
    publishedAt: i % 9 === 8 ? null : new Date(start + ((i * 37 + seed * 11) % 400) * 60_000).toISOString(),
    summary: [],
    independent: i % 5 !== 4,
    copyOf: i % 5 === 4 ? `a${seed}-0` : null,
    agency: i % 5 === 4 ? ['AP', 'Reuters', 'AFP'][i % 3]! : null,
  }));
  const names = reports.map((report) => report.outlet);
  const variant = (text: string, value: number, who: string[]) => ({
    text,
    figure: String(value),
    min: value,
    max: value,
    attribution: value % 2 ? 'officials' : null,
    firstReportedAt: null,
    quotes: [],
    outlets: who,
  });
  return {
    story: {
      id: `bench-${seed}-${outlets}`,
      headline: `Storm closes the northern harbour for ${outlets} hours — Шторм закрыл порт — 风暴关闭港口 — العاصفة تغلق الميناء`,
      firstSeen: new Date(start).toISOString(),
      lastUpdated: new Date(start + 400 * 60_000).toISOString(),
      languages: ['en'],
    },
    reports,
    consensus: [],
    divergences: {
      numbers: Array.from({ length: Math.min(6, Math.ceil(outlets / 5)) }, (_, k) => ({
        quantity: `q${k}`,
        label: ['ships stranded', 'погибших', 'ساعات الإغلاق', '受伤人数', 'wind speed', 'families moved'][k]!,
        kind: 'conflict' as const,
        change: null,
        variants: Array.from({ length: 2 + (k % 3) }, (_, v) =>
          variant(`${10 + k * 3 + v * 4} reported`, 10 + k + v, names.slice(v, v + 1 + (k % 4))),
        ),
      })),
      claims: [],
    },
    unique: [],
    coverage: {
      reports: outlets,
      independentReports: reports.filter((report) => report.independent).length,
      outlets,
      byCountry: {},
      byLanguage: {},
      byOwnership: {},
      spanMinutes: 400,
      firstReportAt: new Date(start).toISOString(),
      latestReportAt: new Date(start + 400 * 60_000).toISOString(),
    },
  };
}

/** `npm run bench -- card [count]`: renders cards for invented stories of 2–40 outlets in mixed scripts and reports per-card time and the largest PNG. */
export async function run(args: string[]): Promise<void> {
  const count = Number(args[0] ?? 60);
  renderCoverageCard(inventedBreakdown({ outlets: 12, seed: 999 }));
  const times: number[] = [];
  let maxBytes = 0;
  for (let i = 0; i < count; i++) {
    const outlets = 2 + ((i * 7) % 39);
    const breakdown = inventedBreakdown({ outlets, seed: i });
    const started = performance.now();
    const card = renderCoverageCard(breakdown);
    times.push(performance.now() - started);
    maxBytes = Math.max(maxBytes, card.png.length);
    if (i % 10 === 0)
      process.stderr.write(`card ${i + 1}/${count}: ${outlets} outlets, ${card.height}px, ${Math.round(card.png.length / 1024)} KB\n`);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))]! * 10) / 10;
  process.stdout.write(`${JSON.stringify({ cards: count, p50_ms: at(0.5), p99_ms: at(0.99), max_kb: Math.round(maxBytes / 1024) })}\n`);
}
