import { z } from 'zod';
import { defineCommand } from './command.ts';

/** `/sources [country] [language]`: the outlets Parallax reads. */
export const sources = defineCommand({
  name: 'sources',
  description: 'List the outlets Parallax reads',
  options: [
    { name: 'country', description: 'Two-letter country code, e.g. DE', type: 'string', maxLength: 2 },
    { name: 'language', description: 'Two-letter language code, e.g. uk', type: 'string', maxLength: 2 },
  ],
  schema: z.object({
    country: z
      .string()
      .regex(/^[a-zA-Z]{2}$/, 'country must be a two-letter code such as DE')
      .transform((c) => c.toUpperCase())
      .optional(),
    language: z
      .string()
      .regex(/^[a-zA-Z]{2}$/, 'language must be a two-letter code such as uk')
      .transform((l) => l.toLowerCase())
      .optional(),
  }),
  preconditions: [],
  async run(ctx, { country, language }) {
    const all = ctx.services.sources();
    const picked = all.filter((s) => (!country || s.country === country) && (!language || s.language === language));
    const filter = [country && `country ${country}`, language && `language ${language}`].filter(Boolean).join(', ') || null;
    // "/sources en": the first word fills the country; a language code that is no outlet's country gets a pointer.
    const asLanguage = country?.toLowerCase();
    if (picked.length === 0 && country && !language && all.some((s) => s.language === asLanguage))
      return {
        kind: 'text',
        text: `No outlets for country ${country} (of ${all.length}). For outlets writing in "${asLanguage}", type /sources language=${asLanguage}.`,
      };
    return { kind: 'sources', sources: picked, total: all.length, filter };
  },
});
