/** Ids and payload builders for the fake Discord: one guild, two text channels, a moderator and a member. */
export const IDS = {
  application: '400000000000000001',
  bot: '400000000000000002',
  guild: '400000000000000010',
  channel: '400000000000000020',
  otherChannel: '400000000000000021',
  /** An active thread under `channel`. */
  thread: '400000000000000040',
  /** An archived thread under `otherChannel`: not in the bot's cache, fetched on demand. */
  archivedThread: '400000000000000041',
  moderator: '400000000000000030',
  member: '400000000000000031',
} as const;

/** Permission bits as decimal strings: everything for a moderator, no Manage Channels (1 << 4) for a member. */
export const PERMISSIONS = {
  moderator: String((1n << 4n) | (1n << 10n) | (1n << 11n) | (1n << 14n)),
  member: String((1n << 10n) | (1n << 11n) | (1n << 14n)),
} as const;

export const botUser = { id: IDS.bot, username: 'Parallax', discriminator: '0', global_name: null, avatar: null, bot: true };

export function user(id: string, name: string) {
  return { id, username: name, discriminator: '0', global_name: name, avatar: null };
}

/** The channel object for an id: one of the two text channels or one of the two threads. */
export function channelPayload(id: string) {
  if (id === IDS.thread) return thread(IDS.thread, IDS.channel);
  if (id === IDS.archivedThread)
    return {
      ...thread(IDS.archivedThread, IDS.otherChannel),
      thread_metadata: { archived: true, auto_archive_duration: 1440, archive_timestamp: '2026-11-20T12:00:00.000Z', locked: false },
    };
  return textChannel(id, id === IDS.channel ? 'news' : 'more-news');
}

export function textChannel(id: string, name: string) {
  return {
    id,
    type: 0,
    name,
    guild_id: IDS.guild,
    position: 0,
    permission_overwrites: [],
    parent_id: null,
    topic: null,
    nsfw: false,
    rate_limit_per_user: 0,
  };
}

/** An active public thread under a text channel. */
export function thread(id: string, parentId: string) {
  return {
    id,
    type: 11,
    name: 'harbour-talk',
    guild_id: IDS.guild,
    parent_id: parentId,
    owner_id: IDS.moderator,
    message_count: 0,
    member_count: 1,
    thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: '2026-11-29T12:00:00.000Z', locked: false },
  };
}

/** The GUILD_CREATE payload of the fake guild. */
export function guildCreate() {
  return {
    id: IDS.guild,
    name: 'Harbour Watchers',
    icon: null,
    owner_id: IDS.moderator,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    features: [],
    emojis: [],
    stickers: [],
    roles: [
      {
        id: IDS.guild,
        name: '@everyone',
        permissions: PERMISSIONS.member,
        position: 0,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    channels: [textChannel(IDS.channel, 'news'), textChannel(IDS.otherChannel, 'more-news')],
    threads: [thread(IDS.thread, IDS.channel)],
    members: [],
    voice_states: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    member_count: 3,
    large: false,
    unavailable: false,
    joined_at: '2026-11-01T00:00:00.000Z',
    preferred_locale: 'en-US',
    system_channel_flags: 0,
    premium_tier: 0,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
  };
}

export type Asker = 'moderator' | 'member';

function member(asker: Asker) {
  const id = asker === 'moderator' ? IDS.moderator : IDS.member;
  return {
    user: user(id, asker),
    roles: [],
    permissions: PERMISSIONS[asker],
    joined_at: '2026-11-01T00:00:00.000Z',
    deaf: false,
    mute: false,
    flags: 0,
  };
}

function base(type: number, id: string, asker: Asker, channelId: string) {
  return {
    id,
    type,
    application_id: IDS.application,
    token: `token-${id}`,
    version: 1,
    guild_id: IDS.guild,
    channel_id: channelId,
    channel: channelPayload(channelId),
    member: member(asker),
    app_permissions: PERMISSIONS.moderator,
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': IDS.guild },
    context: 0,
  };
}

export type OptionValue = string | number | boolean;

/** A slash command (type 2) or an autocomplete request (type 4, with `focused` naming the option being typed). */
export function commandInteraction(args: {
  id: string;
  name: string;
  options: Record<string, OptionValue>;
  asker: Asker;
  channelId: string;
  focused?: string;
}) {
  const options = Object.entries(args.options).map(([name, value]) => ({
    name,
    value,
    type: typeof value === 'string' ? 3 : typeof value === 'number' ? 4 : 5,
    ...(args.focused === name ? { focused: true } : {}),
  }));
  return {
    ...base(args.focused ? 4 : 2, args.id, args.asker, args.channelId),
    data: { id: `cmd-${args.name}`, name: args.name, type: 1, options },
  };
}

/** A button press (type 3) on a message the bot sent. */
export function buttonInteraction(args: {
  id: string;
  customId: string;
  messageId: string;
  asker: Asker;
  channelId: string;
  attachments?: string[];
}) {
  const attachments = (args.attachments ?? []).map((filename, i) => ({
    id: `${args.messageId}${i}`,
    filename,
    size: 1,
    url: `https://cdn.fake/${filename}`,
    proxy_url: `https://cdn.fake/${filename}`,
  }));
  const message = {
    id: args.messageId,
    channel_id: args.channelId,
    author: botUser,
    content: '',
    embeds: [],
    components: [],
    attachments,
    mentions: [],
    mention_roles: [],
    pinned: false,
    tts: false,
    mention_everyone: false,
    timestamp: '2026-11-29T12:00:00.000Z',
    edited_timestamp: null,
    type: 0,
    flags: 0,
  };
  return { ...base(3, args.id, args.asker, args.channelId), data: { custom_id: args.customId, component_type: 2 }, message };
}

/** A message object answering a create or edit. */
export function messageObject(id: string, channelId: string, body: Record<string, unknown>) {
  return {
    id,
    channel_id: channelId,
    author: botUser,
    content: body.content ?? '',
    embeds: body.embeds ?? [],
    components: body.components ?? [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    pinned: false,
    tts: false,
    mention_everyone: false,
    timestamp: '2026-11-29T12:00:00.000Z',
    edited_timestamp: null,
    type: 0,
    flags: 0,
  };
}
