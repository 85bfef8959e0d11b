import { createHash } from 'node:crypto';
import { Client, Events, GatewayIntentBits, MessageFlags, type Interaction } from 'discord.js';
import { commands } from '../../../commands/index.ts';
import type { CommandServices } from '../../../commands/services.ts';
import type { ChannelEvents } from '../../domain/channel.ts';
import type { Publisher } from '../../domain/delivery.ts';
import type { Logger } from '../../log.ts';
import { watchChannels } from './channel-watch.ts';
import { DiscordPublisher } from './discord-publisher.ts';
import { handleButton } from './handle-button.ts';
import { handleAutocomplete, handleCommand } from './handle-command.ts';
import { NO_MENTIONS } from './message.ts';
import { registerSlashCommands, slashCommands } from './slash-commands.ts';

export interface DiscordAdapterOptions {
  token: string;
  /** The application id; read from the API when not given. */
  applicationId?: string | undefined;
  /** Register commands to this guild only (instant, for testing) instead of globally. */
  guildId?: string | undefined;
  /** REST base URL such as "https://discord.com/api" (discord.js adds /v10); the gateway URL comes from it. */
  apiUrl?: string | undefined;
  services: CommandServices;
  channels: ChannelEvents;
  log: Logger;
  /** Minimum time between progress edits of a /compare reply (default 1,500 ms). */
  progressIntervalMs?: number;
  /** The gateway shards this process connects: 'auto' (default: as many as Discord recommends, all here) or shard ids out of `shardCount`. */
  shards?: 'auto' | number[];
  /** Total shards over every Discord process (with a list of `shards`). */
  shardCount?: number | undefined;
  /**
   * Decides whether this process registers the slash commands: called with a key naming the command set and
   * scope, and the registration; runs it (returning its count) or skips it (null) when another process did.
   * Default: always register.
   */
  registerOnce?: (key: string, register: () => Promise<number>) => Promise<number | null>;
}

/** Waits longer than this are not sat out: the REST call fails with a RateLimitError (→ retry later). */
const LONGEST_RATE_LIMIT_WAIT_MS = 60_000;

/**
 * Parallax on Discord: registers the slash commands on start, answers commands, autocomplete and paging
 * buttons, reports deleted channels and left servers, and exposes a Publisher for subscribed channels.
 * Only the Guilds intent is needed (no privileged intents).
 */
export class DiscordAdapter {
  readonly publisher: Publisher;
  private readonly client: Client;

  constructor(private readonly options: DiscordAdapterOptions) {
    this.client = new Client({
      intents: [GatewayIntentBits.Guilds],
      allowedMentions: NO_MENTIONS,
      ...(options.shards === undefined || options.shards === 'auto'
        ? { shards: 'auto' as const }
        : { shards: options.shards, shardCount: options.shardCount ?? Math.max(...options.shards) + 1 }),
      rest: {
        ...(options.apiUrl ? { api: apiBase(options.apiUrl) } : {}),
        rejectOnRateLimit: (data) => data.timeToReset > LONGEST_RATE_LIMIT_WAIT_MS,
      },
    });
    this.client.rest.setToken(options.token);
    this.publisher = new DiscordPublisher(this.client.rest);
    watchChannels(this.client, options.channels, options.log);
    this.client.on(Events.InteractionCreate, (interaction) => void this.onInteraction(interaction));
    this.client.on(Events.Error, (error) => options.log.error({ err: error }, 'discord client error'));
  }

  /** Logs in, waits until ready, and registers the slash commands. */
  async start(): Promise<void> {
    const { log, token, guildId } = this.options;
    const ready = new Promise<void>((resolve) => this.client.once(Events.ClientReady, () => resolve()));
    await this.client.login(token);
    await ready;
    const applicationId = this.options.applicationId ?? this.client.application?.id;
    if (!applicationId) throw new Error('Discord did not say which application this bot is; set DISCORD_APPLICATION_ID.');
    const scope = guildId ? `guild ${guildId}` : 'global';
    const register = () => registerSlashCommands({ rest: this.client.rest, applicationId, guildId, commands });
    const key = createHash('sha256')
      .update(JSON.stringify([applicationId, scope, slashCommands(commands)]))
      .digest('hex')
      .slice(0, 16);
    const count = this.options.registerOnce ? await this.options.registerOnce(`discord-commands:${key}`, register) : await register();
    const shards = [...this.client.ws.shards.keys()];
    log.info(
      {
        user: this.client.user?.tag,
        commands: count ?? 'registered by another process',
        scope,
        shards,
        shardCount: this.client.options.shardCount,
      },
      'discord adapter ready',
    );
  }

  /** Disconnects from Discord. */
  async stop(): Promise<void> {
    await this.client.destroy();
  }

  private async onInteraction(interaction: Interaction): Promise<void> {
    const deps = { services: this.options.services, progressIntervalMs: this.options.progressIntervalMs ?? 1500 };
    try {
      if (interaction.isChatInputCommand()) await handleCommand(interaction, deps);
      else if (interaction.isAutocomplete()) await handleAutocomplete(interaction, deps);
      else if (interaction.isButton()) await handleButton(interaction, deps.services);
    } catch (error) {
      this.options.log.warn({ err: error, interaction: interaction.id }, 'discord interaction failed');
      if (interaction.isRepliable() && !interaction.replied && !interaction.deferred) {
        await interaction
          .reply({ content: 'Something went wrong; please try again.', flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS })
          .catch(() => {});
      } else if (interaction.isRepliable()) {
        await interaction
          .editReply({ content: 'Something went wrong; please try again.', embeds: [], components: [], allowedMentions: NO_MENTIONS })
          .catch(() => {});
      }
    }
  }
}

/** "https://discord.com/api/v10" and "https://discord.com/api/" both become "https://discord.com/api". */
export function apiBase(url: string): string {
  return url.replace(/\/+$/, '').replace(/\/v\d+$/, '');
}
