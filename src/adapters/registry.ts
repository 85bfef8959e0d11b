import { discordPlatform } from './discord/platform.ts';
import type { AnyPlatform, PlatformAdapter, PlatformDeps } from './platform-adapter.ts';
import { telegramPlatform } from './telegram/platform.ts';
import { terminalPlatform } from './terminal/platform.ts';

/**
 * Every platform Parallax can serve, one line each. `parallax start` starts those whose settings ask for them (a token
 * set); the terminal is the fallback, served when no chat platform is. config.ts validates all their settings at start-up.
 */
const registered = [discordPlatform, telegramPlatform, terminalPlatform] as const;

export const platforms: readonly AnyPlatform[] = registered;

type Registered = (typeof registered)[number];
type Intersection<U> = (U extends unknown ? (part: U) => void : never) extends (whole: infer I) => void ? I : never;

/** Every setting of every platform, merged into the configuration schema (typed as all of them at once). */
export const platformSettings = Object.assign({}, ...registered.map((platform) => platform.settings)) as Intersection<
  Registered['settings']
>;

/** Whether a platform runs with these settings: its own word, and for a fallback, that no other platform of `list` runs. */
export function isEnabled(platform: AnyPlatform, settings: Record<string, unknown>, list: readonly AnyPlatform[] = platforms): boolean {
  if (!platform.enabled(settings)) return false;
  return !platform.fallback || !list.some((other) => !other.fallback && other.enabled(settings));
}

/** A platform the settings turned on, built and ready to start. */
export interface EnabledPlatform {
  definition: AnyPlatform;
  adapter: PlatformAdapter;
}

/**
 * Builds the adapter of every platform the settings turn on (and `wanted` keeps), in registry order. When one fails to
 * build, those already built are stopped (a built client may hold timers) before the error is thrown.
 */
export async function enabledPlatforms(
  settings: Record<string, unknown>,
  deps: PlatformDeps,
  list: readonly AnyPlatform[] = platforms,
  wanted: (platform: AnyPlatform) => boolean = () => true,
): Promise<EnabledPlatform[]> {
  const enabled: EnabledPlatform[] = [];
  try {
    for (const definition of list) {
      if (isEnabled(definition, settings, list) && wanted(definition))
        enabled.push({ definition, adapter: await definition.create(settings, deps) });
    }
  } catch (error) {
    for (const { adapter } of enabled.reverse()) await adapter.stop().catch(() => undefined);
    throw error;
  }
  return enabled;
}
