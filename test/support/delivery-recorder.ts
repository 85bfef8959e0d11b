import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One message the recording platform accepted. */
export interface RecordedMessage {
  key: string;
  worker: string;
  op: 'send' | 'edit';
}

/**
 * A loopback HTTP "platform" that child processes deliver to: it records each accepted message and
 * answers with a message id. `onRequest` may decide to leave a request unanswered (and unrecorded),
 * for example after killing the child that sent it, as a platform does when the connection drops first, or to
 * answer it `later` (asked again every 25 ms), as a slow platform does.
 */
export async function startRecorder(
  onRequest: (body: { key: string; worker: string; leader?: boolean }, index: number) => 'accept' | 'drop' | 'later' = () => 'accept',
) {
  const accepted: RecordedMessage[] = [];
  let index = 0;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      const body = JSON.parse(raw) as RecordedMessage & { leader?: boolean };
      const at = index++;
      const answer = (): void => {
        const decision = onRequest(body, at);
        if (decision === 'later') return void setTimeout(answer, 25);
        if (decision === 'drop') return void req.socket.destroy();
        accepted.push(body);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ messageId: `r${accepted.length}` }));
      };
      answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    url,
    accepted,
    /** Keys accepted more than once. */
    duplicates: () => {
      const seen = new Map<string, number>();
      for (const m of accepted) if (m.op === 'send') seen.set(m.key, (seen.get(m.key) ?? 0) + 1);
      return [...seen].filter(([, n]) => n > 1).map(([k]) => k);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
