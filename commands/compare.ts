import { z } from 'zod';
import { defineCommand } from './command.ts';

export const MAX_TOPIC_LENGTH = 200;

/** `/compare <topic>`: how different outlets report the story that best matches a topic. */
export const compare = defineCommand({
  name: 'compare',
  description: 'Compare how outlets report a story',
  options: [
    { name: 'topic', description: 'What the story is about, e.g. "earthquake Turkey"', type: 'string', required: true, autocomplete: true, maxLength: MAX_TOPIC_LENGTH },
  ],
  schema: z.object({
    topic: z
      .string({ error: 'Give a topic, for example: /compare earthquake Turkey' })
      .transform((t) => t.replace(/\s+/g, ' ').trim())
      .pipe(z.string().min(2, 'Give a topic of at least two characters, for example: /compare earthquake Turkey').max(MAX_TOPIC_LENGTH, `Keep the topic under ${MAX_TOPIC_LENGTH} characters.`)),
  }),
  preconditions: [],
  async run(ctx, { topic }) {
    const breakdown = await ctx.services.compare(topic, (text) => ctx.progress(text));
    if (!breakdown) return { kind: 'text', text: `No outlet has reported on "${topic}" yet. Try fewer or different words.` };
    return { kind: 'breakdown', breakdown };
  },
  async suggest(ctx, _option, typed) {
    const needle = typed.toLowerCase();
    const stories = await ctx.services.stories(200);
    return stories
      .filter((s) => needle === '' || s.headline.toLowerCase().includes(needle))
      .slice(0, 25)
      .map((s) => ({ name: truncate(`${s.headline} (${s.outlets} outlets)`, 100), value: truncate(s.headline, 100) }));
  },
});

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}
