import { ENTITY, NUMBER, type ArticleTerms } from './article-terms.ts';
import type { ClusterOptions } from './options.ts';
import type { SparseVector } from './sparse-vector.ts';
import { NAME, WORD } from './term-table.ts';
import { TermVector } from './term-vector.ts';
import type { Vocabulary } from './vocabulary.ts';

/** Unit-length TF-IDF vector of an article: sublinear term weight × IDF × entity/number boost. */
export function articleVector({
  terms,
  vocabulary,
  options,
}: {
  terms: ArticleTerms;
  vocabulary: Vocabulary;
  options: Pick<ClusterOptions, 'entityWeight' | 'headlineOnlyEntityWeight' | 'numberWeight'>;
}): SparseVector {
  const { counts, headlineOnly } = terms;
  const v = new TermVector(undefined, counts.size);
  let sum = 0;
  if (counts instanceof TermVector && counts.table === v.table) {
    // Counts by term id (as articleTerms gives them): the ids carry over, and the table says which are names and numbers.
    const kinds = counts.table.kinds;
    const nameBoost = headlineOnly ? options.headlineOnlyEntityWeight : options.entityWeight;
    for (let i = 0; i < counts.length; i++) {
      const kind = kinds[counts.ids[i]!];
      const by = kind === WORD ? 1 : kind === NAME ? nameBoost : options.numberWeight;
      const w = sublinear(counts.weights[i]!) * vocabulary.idfOf(counts.ids[i]!) * by;
      if (w <= 0) continue;
      v.push(counts.ids[i]!, w);
      sum += w * w;
    }
  } else {
    // forEach, not for-of over entries: see sparse-vector.ts.
    counts.forEach((tf, term) => {
      const w = sublinear(tf) * vocabulary.idf(term) * boost(term, headlineOnly, options);
      if (w <= 0) return;
      v.push(v.table.idOf(term), w);
      sum += w * w;
    });
  }
  const n = Math.sqrt(sum);
  if (n > 0) for (let i = 0; i < v.length; i++) v.weights[i] = v.weights[i]! / n;
  return v;
}

function sublinear(tf: number): number {
  return tf <= 1 ? tf : 1 + Math.log(tf);
}

function boost(
  term: string,
  headlineOnly: boolean,
  options: Pick<ClusterOptions, 'entityWeight' | 'headlineOnlyEntityWeight' | 'numberWeight'>,
): number {
  if (term.startsWith(ENTITY)) return headlineOnly ? options.headlineOnlyEntityWeight : options.entityWeight;
  if (term.startsWith(NUMBER)) return options.numberWeight;
  return 1;
}
