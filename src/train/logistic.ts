/** Labelled examples for a logistic model: feature rows and 0/1 labels. */
export interface Examples {
  rows: number[][];
  labels: number[];
}

/** A fitted logistic model: the intercept and one weight per feature. */
export interface Logistic {
  bias: number;
  weights: number[];
}

/**
 * Fits logistic regression by Newton's method (iteratively reweighted least squares) with an L2 penalty
 * `ridge` on the weights (not the intercept). Deterministic: the same examples give the same weights.
 * A dozen features and tens of thousands of rows take a few milliseconds an iteration.
 */
export function fitLogistic(
  { rows, labels }: Examples,
  { ridge = 1, iterations = 50 }: { ridge?: number; iterations?: number } = {},
): Logistic {
  const d = (rows[0]?.length ?? 0) + 1;
  const beta = new Array<number>(d).fill(0);
  for (let it = 0; it < iterations; it++) {
    const grad = new Array<number>(d).fill(0);
    const hess = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (let i = 0; i < rows.length; i++) {
      const x = [1, ...rows[i]!];
      const p = sigmoid(x.reduce((z, xi, k) => z + xi * beta[k]!, 0));
      const w = Math.max(p * (1 - p), 1e-9);
      for (let a = 0; a < d; a++) {
        grad[a]! += (labels[i]! - p) * x[a]!;
        for (let b = 0; b <= a; b++) hess[a]![b]! += w * x[a]! * x[b]!;
      }
    }
    for (let a = 0; a < d; a++) for (let b = 0; b < a; b++) hess[b]![a] = hess[a]![b]!;
    for (let a = 1; a < d; a++) {
      grad[a]! -= ridge * beta[a]!;
      hess[a]![a]! += ridge;
    }
    const step = solve(hess, grad);
    let change = 0;
    for (let a = 0; a < d; a++) {
      beta[a]! += step[a]!;
      change = Math.max(change, Math.abs(step[a]!));
    }
    if (change < 1e-9) break;
  }
  return { bias: beta[0]!, weights: beta.slice(1) };
}

/** Mean log-loss of a model on examples (lower is better). */
export function logLoss(model: Logistic, { rows, labels }: Examples): number {
  let loss = 0;
  for (let i = 0; i < rows.length; i++) {
    const p = Math.min(1 - 1e-12, Math.max(1e-12, sigmoid(model.bias + rows[i]!.reduce((z, x, k) => z + x * model.weights[k]!, 0))));
    loss -= labels[i]! ? Math.log(p) : Math.log(1 - p);
  }
  return loss / Math.max(1, rows.length);
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** Solves A x = b for a symmetric positive definite A by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    const p = m[c]![c]!;
    if (Math.abs(p) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / p;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => (Math.abs(row[i]!) < 1e-12 ? 0 : row[n]! / row[i]!));
}
