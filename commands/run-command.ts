import { isStoreError } from '../src/store/store.ts';
import type { Command, CommandContext, CommandResult } from './command.ts';
import { canConfigureChannel, runsAfterValidation } from './preconditions.ts';

/**
 * Runs one command the way every adapter should: check preconditions, refuse options the command does
 * not have, validate the rest, run the handler, and turn any failure into a result.
 */
export async function runCommand(command: Command, ctx: CommandContext, rawOptions: Record<string, unknown>): Promise<CommandResult> {
  // Who may run it comes first: an unprivileged user's options are not even validated (validation has costs,
  // a timezone check builds a formatter), and a refusal says the same whatever options were given.
  const first = command.requires === 'configure' ? [canConfigureChannel] : [];
  for (const precondition of [...first, ...command.preconditions.filter((p) => !runsAfterValidation(p))]) {
    const refusal = await precondition(ctx);
    if (refusal) return { kind: 'refused', message: refusal };
  }
  const known = new Set(command.options.map((o) => o.name));
  const unknown = Object.keys(rawOptions).filter((key) => !known.has(key));
  if (unknown.length > 0) {
    const allowed = command.options.map((o) => o.name).join(', ') || 'none';
    return { kind: 'error', message: `/${command.name} has no option ${unknown.map((u) => `"${u}"`).join(', ')}. Options: ${allowed}.` };
  }
  const parsed = command.schema.safeParse(withoutEmpty(rawOptions));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path[0];
    // zod's own wording ("Invalid input…", "Too big: expected number to be <=50") is for developers; a schema's own message is for users.
    const generic = !issue || /^(?:Invalid input|Too big|Too small)/u.test(issue.message);
    const message = generic && field !== undefined ? fieldMessage(command, String(field), rawOptions[String(field)]) : issue?.message;
    return { kind: 'error', message: message ?? `Those options do not fit /${command.name}.` };
  }
  for (const precondition of command.preconditions.filter(runsAfterValidation)) {
    const refusal = await precondition(ctx);
    if (refusal) return { kind: 'refused', message: refusal };
  }
  try {
    return await command.run(ctx, parsed.data);
  } catch (error) {
    if (isStoreError(error)) {
      return {
        kind: 'error',
        message: `/${command.name}: could not save, try again in a minute. Parallax's storage is failing right now, so nothing was changed.`,
      };
    }
    return {
      kind: 'error',
      message: `/${command.name} failed: ${(error as Error).message || 'unexpected error'}. Please try again later.`,
    };
  }
}

function withoutEmpty(options: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined && v !== null && v !== ''));
}

/** What is wrong with one option, in the user's terms: missing, or the value given and what the option wants ("how many (1–50)"). */
function fieldMessage(command: Command, field: string, given: unknown): string {
  const wanted = command.options.find((o) => o.name === field)?.description;
  if (given === undefined || given === null || String(given).trim() === '') return `/${command.name}: ${field} is missing.`;
  // The description after a dash, not in brackets: it may hold brackets of its own ("(1–50, default 15)").
  const what = wanted ? ` — ${/^\p{Lu}\p{Ll}/u.test(wanted) ? wanted[0]!.toLowerCase() + wanted.slice(1) : wanted}` : '';
  return `/${command.name}: "${String(given)}" is not a valid ${field}${what}.`;
}
