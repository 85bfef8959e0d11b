import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  Routes,
  type APIApplicationCommandBasicOption,
  type REST,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { configures, type Command, type CommandOption } from '../../../commands/command.ts';
import { fitWords } from './text-fit.ts';

/** Discord's limits on a command: description length and choices per option. */
const DESCRIPTION_MAX = 100;
const CHOICES_MAX = 25;

/**
 * The slash-command JSON for every command in the registry, built from each command's own options.
 * Configuration commands get `default_member_permissions` Manage Channels and are guild-only.
 */
export function slashCommands(commands: readonly Command[]): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return commands.map((command) => {
    const configuring = configures(command);
    const options = [...command.options].sort((a, b) => Number(b.required ?? false) - Number(a.required ?? false));
    return {
      type: ApplicationCommandType.ChatInput,
      name: command.name,
      description: fitWords(command.description, DESCRIPTION_MAX),
      options: options.map(optionJson),
      default_member_permissions: configuring ? String(PermissionFlagsBits.ManageChannels) : null,
      contexts: configuring ? [InteractionContextType.Guild] : [InteractionContextType.Guild, InteractionContextType.BotDM],
      integration_types: [ApplicationIntegrationType.GuildInstall],
    };
  });
}

function optionJson(option: CommandOption): APIApplicationCommandBasicOption {
  const common = { name: option.name, description: fitWords(option.description, DESCRIPTION_MAX), required: option.required ?? false };
  const choices = option.choices?.slice(0, CHOICES_MAX);
  switch (option.type) {
    case 'string':
      return {
        ...common,
        type: ApplicationCommandOptionType.String,
        ...(choices ? { choices: choices.map((c) => ({ name: c, value: c })) } : option.autocomplete ? { autocomplete: true } : {}),
        ...(option.maxLength ? { max_length: option.maxLength } : {}),
      };
    case 'integer':
      return {
        ...common,
        type: ApplicationCommandOptionType.Integer,
        ...(choices ? { choices: choices.map((c) => ({ name: c, value: Number(c) })) } : option.autocomplete ? { autocomplete: true } : {}),
      };
    case 'boolean':
      return { ...common, type: ApplicationCommandOptionType.Boolean };
  }
}

/** Replaces the application's commands: in one guild when `guildId` is set (instant), else globally. */
export async function registerSlashCommands(args: {
  rest: REST;
  applicationId: string;
  guildId?: string | undefined;
  commands: readonly Command[];
}): Promise<number> {
  const body = slashCommands(args.commands);
  const route = args.guildId
    ? Routes.applicationGuildCommands(args.applicationId, args.guildId)
    : Routes.applicationCommands(args.applicationId);
  const saved = (await args.rest.put(route, { body })) as unknown[];
  return saved.length;
}
