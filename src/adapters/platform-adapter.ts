import type { z } from 'zod';
import type { Readable } from 'node:stream';
import type { CommandResult } from '../../commands/command.ts';
import type { CommandServices } from '../../commands/services.ts';
import type { ChannelEvents } from '../domain/channel.ts';
import type { Publisher, PublishResult } from '../domain/delivery.ts';
import type { Coordinator } from '../coordination/coordinator.ts';
import type { Logger } from '../log.ts';
import type { Route } from '../web/http-server.ts';

/** A running platform: what `start` starts, hands the publisher of to delivery, and stops at shutdown. */
export interface PlatformAdapter {
  /** How the core posts to this platform; it owns the platform's rate-limit buckets (`limits`, `isGroupChat`). */
  readonly publisher: Publisher;
  /** Connects and answers commands; rejects when the platform refuses the credentials. */
  start(): Promise<void>;
  /** Disconnects and waits for the commands already running. */
  stop(): Promise<void>;
  /** Settles when the platform ends its session by itself (the terminal: its input ended, or /quit); absent when it never does. */
  readonly finished?: Promise<void>;
}

/** The process's standard streams, for a platform that talks on them (the terminal). */
export interface StandardStreams {
  input: Readable;
  output: NodeJS.WritableStream;
  /** Whether a person types at a prompt (a TTY), or commands come from a pipe, one a line. */
  interactive: boolean;
  /** Resolves when reading commands may begin (piped commands wait for the first ingestion). */
  ready?: () => Promise<void>;
  /** Told how the platform prints a notice without garbling the line being typed, for whoever else prints there (ingestion). */
  onNotice?: (print: (text: string) => void) => void;
}

/** What the core hands every platform it starts. */
export interface PlatformDeps {
  services: CommandServices;
  channels: ChannelEvents;
  log: Logger;
  /** The process's HTTP server, where one runs (a platform receiving over a webhook adds its route). */
  http?: { add(route: Route): void };
  /** Runs `work` once across every process sharing the store (command registration); null when another process did. */
  runOnce?: <T>(key: string, work: () => Promise<T>) => Promise<T | null>;
  /** Leases shared by every process of a deployment, for what only one of them may do (Telegram long polling). */
  coordination?: { coordinator: Coordinator; owner: string; shared: boolean };
  /** The standard streams, where this process may use them (not in tests of other platforms). */
  stdio?: StandardStreams;
}

/** A platform that cannot start as asked, with a message saying what to change (the CLI prints it and exits). */
export class PlatformRefused extends Error {
  override readonly name = 'PlatformRefused';
}

/** One message part of a reply and the most characters the platform allows it. */
export interface ReplyPart {
  text: string;
  limit: number;
}

/** How a platform would answer a command result: the parts it sends, and whether only the asker sees them. */
export interface ReplyView {
  /** The texts of the reply and of its buttons (labels and the data they carry), each with its limit. */
  parts: ReplyPart[];
  /** Every further page a reader can open from the reply's buttons (a breakdown's other pages), each as its parts. */
  pages?: ReplyPart[][];
  /** Messages the reply takes. */
  messages: number;
  private: boolean;
}

/** The settings values of a platform, as its schema reads them. */
export type SettingsOf<Shape extends z.ZodRawShape> = z.infer<z.ZodObject<Shape>>;

/**
 * One chat platform, as one folder under src/adapters/ brings it: its settings (validated with every other setting
 * at start-up), when it runs, how it starts, what its right to configure a channel is called, how it renders a
 * command's answer, and how its send errors map to the core's PublishResult. Adding a platform is a folder with one
 * of these and a line in src/adapters/registry.ts; test/adapters/contract.ts checks every one the same way.
 */
export interface PlatformDefinition<Shape extends z.ZodRawShape = z.ZodRawShape> {
  /** The id channels carry (`ChannelRef.platform`) and publishers report. */
  id: string;
  /** Its name in messages ("Discord"). */
  name: string;
  /** Its environment settings: each a zod schema, merged into src/config/config.ts's. */
  settings: Shape;
  /** Settings whose values are secrets: never echoed, hidden in logs. */
  secretKeys: readonly (keyof Shape & string)[];
  /** The setting that turns the platform on (its token), named when the platform refuses it; none for the terminal. */
  credential?: keyof Shape & string;
  /** Problems only seen across settings (a webhook URL without its secret). */
  settingIssues?(settings: SettingsOf<Shape>): { key: string; message: string }[];
  /** Whether these settings ask for the platform to run. */
  enabled(settings: SettingsOf<Shape>): boolean;
  /**
   * Served only when no other platform of the registry is enabled (the terminal: `npm start` without a token); the
   * registry's `isEnabled` applies it.
   */
  fallback?: boolean;
  /** Builds the adapter (not started). */
  create(settings: SettingsOf<Shape>, deps: PlatformDeps): Promise<PlatformAdapter>;
  /** Whether, with these settings, it receives over the process's HTTP server (a webhook), which then starts even without the web role. */
  receivesOverHttp?(settings: SettingsOf<Shape>): boolean;
  /**
   * Starts receiving commands in this process and returns how to stop; by default `adapter.start()`. A platform only
   * one process may receive on (Telegram long polling) holds a lease here and throws PlatformRefused when it can't.
   */
  receive?(adapter: PlatformAdapter, settings: SettingsOf<Shape>, deps: PlatformDeps): Promise<() => Promise<void>>;
  /** What the platform calls the right to configure a channel ("Manage Channels"). */
  configureRight: string;
  /** Whether a reply can be shown to the asker alone (then refusals and errors are). */
  privateReplies: boolean;
  /** How it would answer a command result: the rendering its command handler sends. */
  reply(result: CommandResult): Promise<ReplyView>;
  /** What a failed send means for delivery (its publisher answers the same): retry, gone or failed. */
  classifyFailure(error: unknown): Promise<Exclude<PublishResult, { kind: 'sent' }>>;
}

/** A platform as the registry holds it, the types of its settings forgotten: each reads its own keys from the whole configuration. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- platforms of different settings share one list
export type AnyPlatform = PlatformDefinition<any>;

/** Declares a platform with its settings' types inferred. */
export function definePlatform<Shape extends z.ZodRawShape>(definition: PlatformDefinition<Shape>): PlatformDefinition<Shape> {
  return definition;
}
