import { ConfigError, loadConfig, type Config } from '../config/config.ts';
import { loadEnvFile } from '../config/env-file.ts';
import { createLogger, type Logger } from '../log.ts';

/** Output streams and environment a CLI command uses; tests hand in their own. */
export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: Record<string, string | undefined>;
}

export const processIo: CliIo = { stdout: process.stdout, stderr: process.stderr, env: process.env };

/** A usage or input problem: printed without a stack trace, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Configuration from `.env` and the environment, with command-line flags taking precedence. */
export function cliConfig(io: CliIo, flags: { sources?: string | undefined; data?: string | undefined }): Config {
  if (io.env === process.env) loadEnvFile();
  const env = { ...io.env };
  if (flags.sources) env.PARALLAX_SOURCES = flags.sources;
  if (flags.data) env.PARALLAX_DATA_DIR = flags.data;
  return loadConfig(env);
}

/**
 * The logger for a CLI command: quiet by default for one-shot commands so their output stays readable;
 * written to `file` instead of stderr when given.
 */
export function cliLogger(config: Config, quiet: boolean, file?: string): Logger {
  return createLogger(quiet && config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL, file);
}

export { ConfigError };
