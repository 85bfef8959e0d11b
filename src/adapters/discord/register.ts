import { REST, Routes } from 'discord.js';
import { commands } from '../../../commands/index.ts';
import { apiBase } from './discord-adapter.ts';
import { registerSlashCommands } from './slash-commands.ts';

/** What `npm run register` did. */
export interface Registration {
  applicationId: string;
  count: number;
  scope: 'global' | `guild ${string}`;
}

/**
 * Registers every slash command without connecting to the gateway: to one guild when `guildId` is set
 * (visible at once), else globally. The application id is read from the API when not given.
 */
export async function registerCommands(args: {
  token: string;
  applicationId?: string | undefined;
  guildId?: string | undefined;
  apiUrl?: string | undefined;
}): Promise<Registration> {
  const rest = new REST(args.apiUrl ? { api: apiBase(args.apiUrl) } : {}).setToken(args.token);
  const applicationId = args.applicationId ?? ((await rest.get(Routes.currentApplication())) as { id: string }).id;
  const count = await registerSlashCommands({ rest, applicationId, guildId: args.guildId, commands });
  return { applicationId, count, scope: args.guildId ? `guild ${args.guildId}` : 'global' };
}
