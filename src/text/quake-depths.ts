import type { KeyedMeasure } from './keyed-measure.ts';

/** Kilometres per unit a depth is written in. */
const KM_PER: Record<string, number> = { km: 1, kilometre: 1, kilometer: 1, mile: 1.609344, mi: 1.609344 };
const UNIT = '(km|kilometres?|kilometers?|miles?|mi)';
const AMOUNT = '(\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?)';
/** A conversion set in brackets after the depth ("10 km (6 miles)"): the same depth, not a second one. */
const CONVERSION = '(?:\\s*\\([^)]{1,30}\\))?';
const PATTERNS = [
  // "at a depth of 10 km", "a shallow depth of about 35 kilometres"
  new RegExp(
    `\\bdepths?\\s+of\\s+(?:about\\s+|around\\s+|some\\s+|roughly\\s+|approximately\\s+|only\\s+|just\\s+)?${AMOUNT}\\s*-?\\s*${UNIT}\\b`,
    'giu',
  ),
  // "10 km (6 miles) deep", "1.2 miles below the surface", "a 10-kilometre-deep quake"
  new RegExp(
    `\\b${AMOUNT}\\s*-?\\s*${UNIT}${CONVERSION}\\s*-?\\s*(?:deep|below\\s+(?:the\\s+)?(?:surface|ground|sea\\s?floor|seabed)|beneath\\s+(?:the\\s+)?(?:surface|ground|sea\\s?floor|seabed))\\b`,
    'giu',
  ),
];
/** The number with fewest significant digits between two bounds (10 in 9.25–10.06, 1.9 in 1.89–1.97). */
function roundest(lo: number, hi: number): number {
  for (const step of [1000, 500, 100, 50, 10, 5, 1, 0.5, 0.1, 0.05, 0.01]) {
    const candidate = Math.ceil(lo / step - 1e-9) * step;
    if (candidate <= hi + 1e-9) return Math.round(candidate * 100) / 100;
  }
  return Math.round(((lo + hi) / 2) * 100) / 100;
}

/** Words that say a sentence tells of an earthquake, in the catalog's languages. */
const QUAKE =
  /(?:quake|temblor|tremor|seism|sism|epicent|beben|séisme|tremblement de terre|terremoto|землетряс|землетрус|jordbävning|地震|زلزال|רעידת אדמה)/iu;
/** An aftershock's depth is another quake's. */
const AFTERSHOCK = /(?:aftershock|nachbeben|réplique|réplica|scossa di assestamento|afterskalv|афтершок|повторн|余震|هزة ارتدادية)/iu;

/**
 * Depth in the catalog's other languages: the word for depth near a figure in kilometres ("in 10 Kilometern Tiefe",
 * "à 10 km de profondeur", "a una profundidad de 10 km", "на глубине 10 км", "震源深度10公里", "深さ10キロ",
 * "على عمق 10 كيلومترات"), with the decimal comma those languages write.
 */
const LOCAL_DEPTH = '(?:tiefe|profondeur|profundidad|profondità|profundidade|djup|глубин\\p{L}*|глибин\\p{L}*|深度|深さ|عمق)';
const LOCAL_KM =
  '(?:km|kilometern?|kilomètres?|kilómetros?|chilometri|quilômetros|quilómetros|kilometer|км|километр\\p{L}*|кілометр\\p{L}*|公里|千米|キロ(?:メートル)?|كم|كيلومترا?ت?)';
const LOCAL_AMOUNT = '(\\d{1,3}(?:[.,]\\d+)?)';
const LOCAL_PATTERNS = [
  new RegExp(`${LOCAL_DEPTH}[^\\d.。!?]{0,24}?${LOCAL_AMOUNT}\\s*(${LOCAL_KM})(?![\\p{L}])`, 'giu'),
  new RegExp(`${LOCAL_AMOUNT}\\s*(${LOCAL_KM})\\s+(?:\\p{L}+\\s+)?${LOCAL_DEPTH}`, 'giu'),
];

/**
 * An earthquake's depth as reports give it: "at a depth of 10 km", "10 km (6 miles) deep", "1.2 miles below the
 * surface". Its interval, in kilometres, is what the written figure allows at a quarter of its last digit either way,
 * so that a rounded conversion ("6 miles" for 10 km) agrees and 10 km against 11 km does not; its value is the roundest
 * number of kilometres in that interval, so "6 miles" and "10 km" are one value. Read only in a sentence telling of a
 * quake and none of an aftershock; a conversion in brackets is the same depth and is not read again. Reports in other
 * languages are read by LOCAL_PATTERNS, so that "на глубине 35 км" meets "at a depth of 10 km".
 */
export function findQuakeDepths(sentence: string, language: string | null = 'en'): KeyedMeasure[] {
  if (!QUAKE.test(sentence) || AFTERSHOCK.test(sentence)) return [];
  const english = language === null || language === 'en';
  const out: KeyedMeasure[] = [];
  for (const re of english ? PATTERNS : LOCAL_PATTERNS)
    for (const m of sentence.matchAll(re)) {
      if (out.some((o) => sentence.indexOf(o.text) <= m.index && m.index < sentence.indexOf(o.text) + o.text.length)) continue;
      // English groups thousands with a comma; the other languages write a decimal comma ("6,5 km").
      const written = english ? m[1]!.replace(/,/gu, '') : m[1]!.replace(',', '.');
      const unit = m[2]!.toLowerCase().replace(/s$/u, '');
      const perKm = english ? KM_PER[unit] : 1;
      if (perKm === undefined) continue;
      const figure = Number(written);
      const step = written.includes('.') ? 10 ** -written.split('.')[1]!.length : 1;
      const min = (figure - step / 4) * perKm;
      const max = (figure + step / 4) * perKm;
      const value = roundest(min, max);
      out.push({
        text: m[0],
        quantity: 'depth',
        value,
        high: value,
        min,
        max,
        thing: 'quake',
        label: 'depth of the quake',
        shown: `${m[1]!} ${perKm === 1 ? 'km' : figure === 1 ? 'mile' : 'miles'}`,
        holds: 'story',
      });
    }
  return out;
}
