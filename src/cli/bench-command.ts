import { benchNames, runBench } from '../bench/index.ts';
import { UsageError, type CliIo } from './cli-context.ts';

/** `parallax bench <name> [...]` (`npm run bench -- <name>`): runs a benchmark, ending with one JSON line. */
export async function benchCommand(args: string[], _io: CliIo): Promise<number> {
  const [name, ...rest] = args;
  if (!name || !benchNames.includes(name)) throw new UsageError(`name a benchmark: ${benchNames.join(', ')}`);
  await runBench(name, rest);
  return 0;
}
