import { exact, type KeyedMeasure } from './keyed-measure.ts';

const DEGREE: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3 };
/** What a degree grades: "first-degree murder", "second-degree manslaughter". */
const OFFENCE = '(murder|manslaughter|assault|sexual\\s+assault|burglary|robbery|arson|kidnapping|homicide)';
/**
 * A verdict or plea ("convicted of", "found guilty of", "found Dale Orwin guilty of", "pleaded guilty to") or a charge ("charged with", "indicted
 * on", "accused of"), then within a few words the degree of the offence.
 */
const GRADED = new RegExp(
  `\\b(?:(convicted|found\\s+(?:[\\p{L}'’.-]+\\s+){0,4}?guilty|pleaded\\s+guilty|pleads\\s+guilty|guilty\\s+plea|acquitted)|(charged|indicted|accused|arrested|booked|faces|facing))\\b([^.;]{0,40}?)\\b(first|second|third|1st|2nd|3rd)[- ]degree\\s+${OFFENCE}\\b`,
  'giu',
);

/**
 * The degree of the offence a person is convicted of or charged with: "found guilty of first-degree murder", "was
 * convicted of second-degree murder", "charged with first-degree murder". A conviction and a charge are two stages
 * (a plea to a lesser count is common), so each is keyed apart with its offence; two outlets' first and second degree
 * at one stage cannot both be right, and a sentence saying one is not what the other's says.
 */
export function findChargeDegrees(sentence: string): KeyedMeasure[] {
  const out: KeyedMeasure[] = [];
  for (const m of sentence.matchAll(GRADED)) {
    // A count of something else between the verb and the degree ("charged with murder and second-degree assault" reads
    // the assault's degree with the assault) is fine; another verdict there is not this one's.
    if (/\b(?:and\s+(?:was\s+)?(?:convicted|charged|acquitted))\b/iu.test(m[3]!)) continue;
    const degree = DEGREE[m[4]!.toLowerCase()]!;
    const offence = m[5]!.toLowerCase().replace(/\s+/gu, ' ');
    const stage = m[1] !== undefined ? 'conviction' : 'charge';
    out.push(
      exact(m[0], 'degree', degree, {
        thing: `${stage}:${offence}`,
        label: `degree of the ${offence} ${stage}`,
        shown: `${m[4]!.toLowerCase()}-degree ${offence}`,
        holds: 'story',
      }),
    );
  }
  return out;
}
