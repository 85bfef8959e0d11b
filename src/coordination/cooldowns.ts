/** How often one user, and one chat, may run an expensive command (seconds; 0 turns a limit off). */
export interface CooldownSettings {
  userSeconds: number;
  chatSeconds: number;
  /** The time source (tests hand in their own). */
  now?: () => number;
  /** Entries kept before expired ones are swept (memory stays bounded by the users active within a cooldown). */
  sweepAt?: number;
}

/**
 * Per-user and per-chat cooldowns for expensive commands (one /compare can start 6 news searches and 24
 * page fetches). Kept in this process: a chat's updates reach one process (Telegram long polling, the
 * Discord gateway), so the limit holds without a shared store.
 */
export class Cooldowns {
  private readonly until = new Map<string, number>();

  constructor(private readonly settings: CooldownSettings) {}

  /**
   * Takes a use of `command` for the user in the chat: 0 when allowed (the cooldowns start now), else the
   * seconds until it is (nothing is recorded then).
   */
  take(command: string, user: string, chat: string): number {
    const now = (this.settings.now ?? Date.now)();
    const keys: [string, number][] = [
      [`${command}|user|${user}`, this.settings.userSeconds],
      [`${command}|chat|${chat}`, this.settings.chatSeconds],
    ];
    const wait = Math.max(0, ...keys.map(([key]) => (this.until.get(key) ?? 0) - now));
    if (wait > 0) return Math.ceil(wait / 1000);
    for (const [key, seconds] of keys) if (seconds > 0) this.until.set(key, now + seconds * 1000);
    if (this.until.size > (this.settings.sweepAt ?? 10_000)) for (const [key, at] of this.until) if (at <= now) this.until.delete(key);
    return 0;
  }
}
