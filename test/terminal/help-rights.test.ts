import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/adapters/terminal/render-text.ts';

/** /help marks the commands that change what a channel follows with the right they need, in plain words. */
describe('/help', () => {
  it('says which right a command needs after its description, without stacking parentheses', () => {
    const text = renderText({
      kind: 'help',
      configureRight: 'moderators',
      commands: [
        { name: 'pause', usage: ' [topic]', description: 'Pause posts here (all topics when none is given)', configures: true },
        { name: 'stories', usage: ' [limit]', description: 'List the current stories', configures: false },
      ],
    } as never);
    expect(text).toContain('/pause [topic] — Pause posts here (all topics when none is given) · moderators only');
    expect(text).toMatch(/\/stories \[limit\] — List the current stories$/m);
    expect(text).not.toContain(') (');
  });
});
