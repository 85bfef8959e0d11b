import { describe, expect, it } from 'vitest';
import type { CommandResult } from '../../commands/command.ts';
import { definePlatform, type AnyPlatform } from '../../src/adapters/platform-adapter.ts';
import { isEnabled } from '../../src/adapters/registry.ts';
import { allSamples } from './samples.ts';

/** Platform errors a contract run feeds to `classifyFailure`: ones that mean the chat is gone, and ones worth a retry. */
export interface FailureSamples {
  gone: unknown[];
  retry: unknown[];
}

/**
 * The adapter contract every platform passes (test/adapters/*.contract.test.ts run it, one file per platform):
 * every kind of command result renders within the platform's limits; refusals and errors are private where the
 * platform can answer privately, and ordinary answers are not; the platform's send errors map to the core's
 * PublishResult (gone, retry); its settings name its credential and secrets.
 */
export function adapterContract(platform: AnyPlatform, options: { failures: FailureSamples; maxMessages: number }): void {
  describe(`adapter contract: ${platform.name}`, () => {
    it.each(allSamples())('renders $name within the limits', async ({ result }) => {
      const view = await platform.reply(result);
      expect(view.messages).toBeGreaterThanOrEqual(1);
      expect(view.messages).toBeLessThanOrEqual(options.maxMessages);
      for (const part of view.parts) expect(part.text.length, part.text.slice(0, 80)).toBeLessThanOrEqual(part.limit);
      expect(view.parts.some((p) => p.text.trim().length > 0)).toBe(true);
      // Every page the reply's buttons open (a breakdown's other pages) fits too, and says something.
      for (const [i, page] of (view.pages ?? []).entries()) {
        for (const part of page) expect(part.text.length, `page ${i + 1}: ${part.text.slice(0, 80)}`).toBeLessThanOrEqual(part.limit);
        expect(page.some((p) => p.text.trim().length > 0)).toBe(true);
      }
    });

    it(
      platform.privateReplies
        ? 'answers refusals and errors privately, everything else in the channel'
        : 'says it cannot answer privately, and answers everything in the channel',
      async () => {
        const refusals: CommandResult[] = [
          { kind: 'refused', message: 'Not for you.' },
          { kind: 'error', message: 'That failed.' },
        ];
        for (const result of refusals) expect((await platform.reply(result)).private).toBe(platform.privateReplies);
        for (const { result } of allSamples().filter((s) => s.result.kind !== 'refused' && s.result.kind !== 'error')) {
          expect((await platform.reply(result)).private).toBe(false);
        }
      },
    );

    it('maps gone and retry errors to the core’s PublishResult', async () => {
      for (const error of options.failures.gone) expect(await platform.classifyFailure(error)).toMatchObject({ kind: 'gone' });
      for (const error of options.failures.retry) {
        const mapped = await platform.classifyFailure(error);
        expect(mapped).toMatchObject({ kind: 'retry' });
        expect(mapped.kind === 'retry' && mapped.afterSeconds).toBeGreaterThan(0);
      }
      expect(await platform.classifyFailure(new Error('something odd'))).toMatchObject({ kind: expect.stringMatching(/^(failed|retry)$/) });
    });

    it(
      platform.fallback
        ? 'names its secrets among its settings, and is served exactly when no other platform is'
        : 'names its secrets among its settings, its credential among them, and is off without it',
      () => {
        const keys = Object.keys(platform.settings);
        for (const secret of platform.secretKeys) expect(keys).toContain(secret);
        if (platform.credential) expect(platform.secretKeys).toContain(platform.credential);
        const empty = Object.fromEntries(keys.map((k) => [k, undefined]));
        if (platform.fallback) {
          const other = definePlatform({ ...platform, id: 'other', fallback: false, enabled: (s) => Boolean(s.OTHER_TOKEN) });
          expect(isEnabled(platform, empty, [platform, other])).toBe(true);
          expect(isEnabled(platform, { ...empty, OTHER_TOKEN: 'set' }, [platform, other])).toBe(false);
        } else {
          expect(isEnabled(platform, empty, [platform])).toBe(false);
        }
        expect(platform.configureRight.length).toBeGreaterThan(0);
      },
    );
  });
}
