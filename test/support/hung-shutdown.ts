// A process whose shutdown hangs (as when Redis stopped answering): it waits for a signal, then for ever.
import { untilSignal } from '../../src/cli/signals.ts';
import { createLogger } from '../../src/log.ts';

const log = createLogger('info');
// Keeps the process alive (a bot's open connections do) before and after the signal.
setInterval(() => {}, 1000);
const signal = untilSignal({ log, deadlineMs: Number(process.env.PARALLAX_TEST_DEADLINE_MS ?? 20_000) });
process.stdout.write('ready\n');
await signal;
await new Promise(() => {});
