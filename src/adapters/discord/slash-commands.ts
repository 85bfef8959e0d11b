import { PermissionFlagsBits, Routes, type REST, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { configures, type Command, type CommandOption } from '../../../commands/command.ts';
import { fitWords } from './text-fit.ts';

const OPTION_TYPES = { string: 3, integer: 4, boolean: 5 } as const;
/** Interaction contexts: 0 a guild, 1 a DM with the bot. */
const GUILD = 0;
const BOT_DM = 1;

/** Whether a command changes what a channel follows (`requires: 'configure'` on the command). */
export function needsConfigureRights(command: Command): boolean {
  return configures(command);
}

/**
 * The slash-command JSON for every command in the registry, built from each command's own options.
 * Configuration commands get `default_member_permissions` Manage Channels and are guild-only.
 */
export function slashCommands(commands: readonly Command[]): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return commands.map((command) => {
    const configures = needsConfigureRights(command);
    const options = [...command.options].sort((a, b) => Number(b.required ?? false) - Number(a.required ?? false));
    return {
      type: 1,
      name: command.name,
      description: fitWords(command.description, 100),
      options: options.map(optionJson),
      default_member_permissions: configures ? String(PermissionFlagsBits.ManageChannels) : null,
      contexts: configures ? [GUILD] : [GUILD, BOT_DM],
      integration_types: [0],
    } as RESTPostAPIChatInputApplicationCommandsJSONBody;
  });
}

function optionJson(option: CommandOption) {
  const type = OPTION_TYPES[option.type];
  return {
    type,
    name: option.name,
    description: fitWords(option.description, 100),
    required: option.required ?? false,
    ...(option.autocomplete && !option.choices ? { autocomplete: true } : {}),
    ...(option.choices ? { choices: option.choices.slice(0, 25).map((c) => ({ name: c, value: type === 4 ? Number(c) : c })) } : {}),
    ...(option.maxLength && type === 3 ? { max_length: option.maxLength } : {}),
  };
}

/** Replaces the application's commands: in one guild when `guildId` is set (instant), else globally. */
export async function registerSlashCommands(args: { rest: REST; applicationId: string; guildId?: string | undefined; commands: readonly Command[] }): Promise<number> {
  const body = slashCommands(args.commands);
  const route = args.guildId ? Routes.applicationGuildCommands(args.applicationId, args.guildId) : Routes.applicationCommands(args.applicationId);
  const saved = (await args.rest.put(route, { body })) as unknown[];
  return saved.length;
}
