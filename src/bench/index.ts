/** A benchmark: prints progress to stderr and, as its last stdout line, one JSON object of figures. */
export interface Bench {
  run(args: string[]): Promise<void>;
}

const BENCHES: Record<string, () => Promise<Bench>> = {
  cluster: () => import('./cluster-bench.ts'),
  scale: () => import('./scale-bench.ts'),
  ingest: () => import('./ingest-bench.ts'),
  delivery: () => import('./delivery-bench.ts'),
  card: () => import('./card-bench.ts'),
  pipeline: () => import('./pipeline-bench.ts'),
  breakdown: () => import('./breakdown-bench.ts'),
};

/** Names of the benchmarks `npm run bench -- <name>` runs. */
export const benchNames = Object.keys(BENCHES);

/** Loads and runs one benchmark by name. */
export async function runBench(name: string, args: string[]): Promise<void> {
  const load = BENCHES[name];
  if (!load) throw new Error(`unknown benchmark "${name}"; one of: ${benchNames.join(', ')}`);
  await (await load()).run(args);
}
