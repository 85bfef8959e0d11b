import { z } from 'zod';
import { optionalText, optionalUrl } from '../../config/setting-types.ts';

const snowflake = optionalText.pipe(
  z
    .string()
    .regex(/^\d{15,22}$/, 'must be a Discord snowflake (digits)')
    .optional(),
);

const shards = z
  .string()
  .default('auto')
  .transform((v) => v.trim().toLowerCase() || 'auto')
  .pipe(z.string().regex(/^(auto|\d+(\s*,\s*\d+)*)$/, 'must be "auto" or shard ids such as "0,1"'))
  .transform((v): 'auto' | number[] => (v === 'auto' ? 'auto' : [...new Set(v.split(',').map(Number))]));

/** The settings Discord reads from the environment (README "Configuration"); DISCORD_TOKEN turns it on. */
export const discordSettings = {
  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: snowflake,
  DISCORD_GUILD_ID: snowflake,
  DISCORD_API_URL: optionalUrl,
  /** "auto" (every shard Discord recommends, in this process) or the shard ids this process connects. */
  DISCORD_SHARDS: shards,
  /** Total shards across every Discord process; required with a list of DISCORD_SHARDS. */
  DISCORD_SHARD_COUNT: z.coerce
    .number({ error: 'must be a whole number 1–10000' })
    .int('must be a whole number 1–10000')
    .min(1, 'must be a whole number 1–10000')
    .max(10_000, 'must be a whole number 1–10000')
    .optional(),
};

/** Rules across Discord's settings: a shard list needs the total, and every id must be below it. */
export function discordSettingIssues(settings: { DISCORD_SHARDS: 'auto' | number[]; DISCORD_SHARD_COUNT?: number | undefined }) {
  const { DISCORD_SHARDS: ids, DISCORD_SHARD_COUNT: count } = settings;
  if (ids === 'auto') return [];
  if (count === undefined) {
    return [
      { key: 'DISCORD_SHARD_COUNT', message: 'must be set when DISCORD_SHARDS lists shard ids (the total over every Discord process)' },
    ];
  }
  const outside = ids.filter((id) => id >= count);
  return outside.length > 0
    ? [{ key: 'DISCORD_SHARDS', message: `shard ids must be below DISCORD_SHARD_COUNT (${count}); ${outside.join(', ')} is not` }]
    : [];
}
