import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { commands, defineCommand } from '../../commands/index.ts';
import { slashCommands } from '../../src/adapters/discord/slash-commands.ts';

const NAME = /^[-_\p{Ll}\p{N}]{1,32}$/u;

describe('slash-command JSON from the command registry', () => {
  const json = slashCommands(commands);

  it('has one entry per command that follows Discord naming and length rules', () => {
    expect(json.map((c) => c.name)).toEqual(commands.map((c) => c.name));
    for (const command of json) {
      expect(command.name).toMatch(NAME);
      expect(command.description.length).toBeGreaterThan(0);
      expect(command.description.length).toBeLessThanOrEqual(100);
      expect(command.options?.length ?? 0).toBeLessThanOrEqual(25);
      for (const option of command.options ?? []) {
        expect(option.name).toMatch(NAME);
        expect(option.description.length).toBeLessThanOrEqual(100);
      }
    }
  });

  it('offers /help to everyone, in servers and in DMs with the bot', () => {
    const help = json.find((c) => c.name === 'help');
    expect(help).toMatchObject({ default_member_permissions: null, contexts: [0, 1] });
    expect(help?.options).toEqual([expect.objectContaining({ name: 'command', type: 3, required: false, autocomplete: true })]);
  });

  it('builds options generically: types, required first, choices, autocomplete, max length, permissions', () => {
    const demo = defineCommand({
      name: 'demo',
      description: `A demonstration command whose description is much too long for Discord ${'and keeps going '.repeat(6)}`,
      options: [
        { name: 'count', description: 'How many', type: 'integer', choices: ['1', '5'] },
        { name: 'loud', description: 'Shout', type: 'boolean' },
        { name: 'topic', description: 'What', type: 'string', required: true, autocomplete: true, maxLength: 50 },
      ],
      schema: z.object({}),
      preconditions: [],
      requires: 'configure',
      run: async () => ({ kind: 'text', text: '' }),
    });
    const [built] = slashCommands([demo]);
    expect(built!.description.length).toBeLessThanOrEqual(100);
    expect(built!.description.endsWith('…')).toBe(true);
    expect(built!.default_member_permissions).toBe('16');
    expect(built!.contexts).toEqual([0]);
    expect(built!.options).toEqual([
      { type: 3, name: 'topic', description: 'What', required: true, autocomplete: true, max_length: 50 },
      {
        type: 4,
        name: 'count',
        description: 'How many',
        required: false,
        choices: [
          { name: '1', value: 1 },
          { name: '5', value: 5 },
        ],
      },
      { type: 5, name: 'loud', description: 'Shout', required: false },
    ]);
  });
});
