import type { HtmlCheck } from './telegram-html.ts';

/** What the double's method handlers share. */
export interface DoubleState {
  updates: Record<string, unknown>[];
  /** "chatId:userId" → status. */
  members: Map<string, string>;
  /** "chatId:messageId" → the message's text and the params it was last sent or edited with. */
  messages: Map<string, { text: string; params: Record<string, unknown> }>;
  /** chatId → type, for getChat. */
  chatTypes: Map<string, string>;
  nextMessageId: number;
  wake(): void;
  checkHtml(html: string): HtmlCheck;
}

type Outcome = { result: unknown } | { error: { error_code: number; description: string } };
type Handler = (
  params: Record<string, unknown>,
  state: DoubleState,
  io: { waitForUpdate(ms: number): Promise<void>; files: Record<string, { filename: string | null; data: Buffer }> },
) => Outcome | Promise<Outcome>;

export const BOT_USER = {
  id: 4242,
  is_bot: true,
  first_name: 'Parallax',
  username: 'ParallaxTestBot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
};
const ok = (result: unknown): Outcome => ({ result });
const bad = (description: string): Outcome => ({ error: { error_code: 400, description } });

/** The Bot API methods the double answers, by name. */
export const methodHandlers: Record<string, Handler> = {
  getMe: () => ok(BOT_USER),
  deleteWebhook: () => ok(true),
  setWebhook: () => ok(true),
  setMyCommands: (p) => (Array.isArray(p.commands) && p.commands.every(validCommand) ? ok(true) : bad('Bad Request: BOT_COMMAND_INVALID')),
  sendChatAction: (p) =>
    p.chat_id !== undefined && typeof p.action === 'string' ? ok(true) : bad('Bad Request: chat_id and action are required'),
  answerCallbackQuery: (p) =>
    typeof p.callback_query_id === 'string'
      ? ok(true)
      : bad('Bad Request: query is too old and response timeout expired or query ID is invalid'),
  getChatMember: (p, s) => {
    const status = s.members.get(`${String(p.chat_id)}:${String(p.user_id)}`) ?? 'member';
    return ok({
      status,
      user: { id: Number(p.user_id), is_bot: false, first_name: `User ${String(p.user_id)}` },
      ...(status === 'administrator' ? { can_be_edited: false, can_manage_chat: true } : {}),
    });
  },
  getChat: (p, s) => {
    const type = s.chatTypes.get(String(p.chat_id)) ?? (Number(p.chat_id) > 0 ? 'private' : 'supergroup');
    return ok({ ...chatOf(p.chat_id), type });
  },
  deleteMessage: (p, s) =>
    s.messages.delete(`${String(p.chat_id)}:${String(p.message_id)}`) ? ok(true) : bad('Bad Request: message to delete not found'),
  sendPhoto: (p, s, io) => {
    const photo = io.files.photo;
    if (!photo && typeof p.photo !== 'string') return bad('Bad Request: there is no photo in the request');
    let caption = typeof p.caption === 'string' ? p.caption : '';
    if (caption && p.parse_mode === 'HTML') {
      const parsed = s.checkHtml(caption);
      if (!parsed.ok) return bad(parsed.error);
      caption = parsed.text;
    }
    if (caption.length > 1024) return bad('Bad Request: message caption is too long');
    const missing = replyMissing(p, s);
    if (missing) return missing;
    const messageId = s.nextMessageId++;
    s.messages.set(`${String(p.chat_id)}:${messageId}`, { text: caption, params: p });
    const size = photo
      ? { width: photo.data.readUInt32BE(16), height: photo.data.readUInt32BE(20), file_size: photo.data.length }
      : { width: 0, height: 0 };
    return ok({
      message_id: messageId,
      date: Math.floor(Date.now() / 1000),
      chat: chatOf(p.chat_id),
      photo: [{ file_id: `photo-${messageId}`, file_unique_id: `u${messageId}`, ...size }],
      ...(caption ? { caption } : {}),
    });
  },
  sendMessage: (p, s) => {
    const text = checkText(p, s);
    if (typeof text !== 'string') return text;
    const missing = replyMissing(p, s);
    if (missing) return missing;
    const messageId = s.nextMessageId++;
    s.messages.set(`${String(p.chat_id)}:${messageId}`, { text: String(p.text), params: p });
    return ok({
      message_id: messageId,
      date: Math.floor(Date.now() / 1000),
      chat: chatOf(p.chat_id),
      text,
      ...(p.message_thread_id ? { message_thread_id: p.message_thread_id, is_topic_message: true } : {}),
    });
  },
  editMessageText: (p, s) => {
    const key = `${String(p.chat_id)}:${String(p.message_id)}`;
    const stored = s.messages.get(key);
    if (!stored) return bad('Bad Request: message to edit not found');
    const text = checkText(p, s);
    if (typeof text !== 'string') return text;
    if (stored.text === p.text && JSON.stringify(stored.params.reply_markup) === JSON.stringify(p.reply_markup)) {
      return bad(
        'Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message',
      );
    }
    s.messages.set(key, { text: String(p.text), params: p });
    return ok({
      message_id: Number(p.message_id),
      date: Math.floor(Date.now() / 1000),
      edit_date: Math.floor(Date.now() / 1000),
      chat: chatOf(p.chat_id),
      text,
    });
  },
  getUpdates: async (p, s, io) => {
    const offset = Number(p.offset ?? 0);
    const deadline = Date.now() + Math.min(Number(p.timeout ?? 0), 30) * 1000;
    for (;;) {
      s.updates = s.updates.filter((u) => Number(u.update_id) >= offset);
      const limit = Number(p.limit ?? 100) || 100;
      if (s.updates.length > 0 || Date.now() >= deadline) return ok(s.updates.slice(0, limit));
      await io.waitForUpdate(deadline - Date.now());
    }
  },
};

function replyMissing(p: Record<string, unknown>, s: DoubleState): Outcome | null {
  const reply = p.reply_parameters as { message_id?: number; allow_sending_without_reply?: boolean } | undefined;
  if (!reply || reply.allow_sending_without_reply) return null;
  return s.messages.has(`${String(p.chat_id)}:${String(reply.message_id)}`) ? null : bad('Bad Request: message to be replied not found');
}

function checkText(p: Record<string, unknown>, s: DoubleState): string | Outcome {
  if (typeof p.text !== 'string' || p.text.trim() === '') return bad('Bad Request: message text is empty');
  let visible = p.text;
  if (p.parse_mode === 'HTML') {
    const parsed = s.checkHtml(p.text);
    if (!parsed.ok) return bad(parsed.error);
    visible = parsed.text;
  }
  if (visible.length > 4096) return bad('Bad Request: message is too long');
  if (p.reply_markup !== undefined && !validMarkup(p.reply_markup)) return bad('Bad Request: BUTTON_DATA_INVALID');
  return visible;
}

function validCommand(c: unknown): boolean {
  const { command, description } = c as { command?: unknown; description?: unknown };
  return (
    typeof command === 'string' &&
    /^[a-z0-9_]{1,32}$/.test(command) &&
    typeof description === 'string' &&
    description.length >= 1 &&
    description.length <= 256
  );
}

function validMarkup(markup: unknown): boolean {
  const rows = (markup as { inline_keyboard?: unknown }).inline_keyboard;
  if (!Array.isArray(rows)) return true;
  return rows.every(
    (row) =>
      Array.isArray(row) &&
      row.every(
        (b: { text?: unknown; callback_data?: unknown }) =>
          typeof b.text === 'string' &&
          (b.callback_data === undefined ||
            (typeof b.callback_data === 'string' && Buffer.byteLength(b.callback_data) >= 1 && Buffer.byteLength(b.callback_data) <= 64)),
      ),
  );
}

function chatOf(chatId: unknown): Record<string, unknown> {
  const id = Number(chatId);
  return id > 0 ? { id, type: 'private', first_name: `User ${id}` } : { id, type: 'supergroup', title: `Group ${id}` };
}
