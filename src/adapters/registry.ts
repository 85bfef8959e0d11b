import { discordPlatform } from './discord/platform.ts';
import type { AnyPlatform, PlatformAdapter, PlatformDeps } from './platform-adapter.ts';
import { telegramPlatform } from './telegram/platform.ts';

/**
 * Every chat platform Parallax can serve, one line each. `parallax start` starts those whose settings ask for them
 * (a token set) and serves the terminal when none does; config.ts validates all their settings at start-up.
 */
export const platforms: readonly AnyPlatform[] = [discordPlatform, telegramPlatform];

/** Every setting of every platform, merged into the configuration schema. */
export const platformSettings = { ...discordPlatform.settings, ...telegramPlatform.settings };

/** A platform the settings turned on, built and ready to start. */
export interface EnabledPlatform {
  definition: AnyPlatform;
  adapter: PlatformAdapter;
}

/** Builds the adapter of every platform the settings turn on, in registry order. */
export async function enabledPlatforms(
  settings: Record<string, unknown>,
  deps: PlatformDeps,
  list: readonly AnyPlatform[] = platforms,
): Promise<EnabledPlatform[]> {
  const enabled: EnabledPlatform[] = [];
  for (const definition of list) {
    if (definition.enabled(settings)) enabled.push({ definition, adapter: await definition.create(settings, deps) });
  }
  return enabled;
}
