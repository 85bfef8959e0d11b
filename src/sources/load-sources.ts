import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { SourceSchema, type Source } from '../domain/source.ts';
import { SourcesFileError } from './sources-file-error.ts';

export { SourcesFileError } from './sources-file-error.ts';

/** Absolute path of the built-in outlet catalog shipped with Parallax. */
export const builtInCatalogPath = fileURLToPath(new URL('./catalog.json', import.meta.url));

/**
 * Reads a JSON array of sources (only `id`, `name` and `feeds` are required per entry),
 * or the built-in catalog when no file is given. Throws `SourcesFileError` on any problem.
 */
export async function loadSources(file?: string): Promise<Source[]> {
  const path = file ?? builtInCatalogPath;
  const data = parseJson(path, await readText(path));
  if (!Array.isArray(data)) throw new SourcesFileError(path, [`${path}: expected a JSON array of sources`]);

  const problems: string[] = [];
  const sources: Source[] = [];
  const firstIndexById = new Map<string, number>();
  data.forEach((entry: unknown, index) => {
    const where = `${path}: entry ${index}${labelOf(entry)}`;
    const parsed = SourceSchema.safeParse(entry);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${where}: ${describeIssue(issue)}`);
      return;
    }
    const earlier = firstIndexById.get(parsed.data.id);
    if (earlier !== undefined) {
      problems.push(`${where}: id: duplicate of entry ${earlier}`);
      return;
    }
    firstIndexById.set(parsed.data.id, index);
    sources.push(parsed.data);
  });
  if (problems.length > 0) throw new SourcesFileError(path, problems);
  return sources;
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new SourcesFileError(path, [`${path}: cannot read file (${code})`]);
  }
}

function parseJson(path: string, text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new SourcesFileError(path, [`${path}: invalid JSON: ${(error as Error).message}`]);
  }
}

function labelOf(entry: unknown): string {
  if (typeof entry !== 'object' || entry === null) return '';
  const id = (entry as { id?: unknown }).id;
  return typeof id === 'string' && id.length > 0 ? ` (${JSON.stringify(id)})` : '';
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    '',
  );
  const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
  const message = missing ? 'is required' : issue.message.charAt(0).toLowerCase() + issue.message.slice(1);
  return field ? `${field}: ${message}` : message;
}
