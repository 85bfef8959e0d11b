import { z } from 'zod';
import { optionalText, optionalUrl } from '../../config/setting-types.ts';

const snowflake = optionalText.pipe(
  z
    .string()
    .regex(/^\d{15,22}$/, 'must be a Discord snowflake (digits)')
    .optional(),
);

/** The settings Discord reads from the environment (README "Configuration"); DISCORD_TOKEN turns it on. */
export const discordSettings = {
  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: snowflake,
  DISCORD_GUILD_ID: snowflake,
  DISCORD_API_URL: optionalUrl,
};
