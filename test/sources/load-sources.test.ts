import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInCatalogPath, loadSources, SourcesFileError } from '../../src/sources/load-sources.ts';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parallax-sources-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function fileWith(name: string, content: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content, 'utf8');
  return path;
}

async function failureOf(file: string): Promise<SourcesFileError> {
  const error = await loadSources(file).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SourcesFileError);
  return error as SourcesFileError;
}

describe('loadSources', () => {
  it('reads the built-in catalog when no file is given', async () => {
    const [fromDefault, fromPath] = await Promise.all([loadSources(), loadSources(builtInCatalogPath)]);
    expect(fromDefault).toEqual(fromPath);
    expect(fromDefault.find((s) => s.id === 'bbc-news')?.country).toBe('GB');
  });

  it('accepts a minimal file with only id, name and feeds', async () => {
    const file = await fileWith(
      'minimal.json',
      JSON.stringify([{ id: 'town-crier', name: 'Town Crier', feeds: ['http://127.0.0.1:8080/feed.xml'] }]),
    );
    expect(await loadSources(file)).toEqual([{ id: 'town-crier', name: 'Town Crier', feeds: ['http://127.0.0.1:8080/feed.xml'] }]);
  });

  it('names file, entry index, id and field for an invalid feed URL', async () => {
    const file = await fileWith(
      'sources.json',
      JSON.stringify([
        { id: 'a', name: 'A', feeds: ['https://a.example/rss'] },
        { id: 'b', name: 'B', feeds: ['https://b.example/rss'] },
        { id: 'c', name: 'C', feeds: ['https://c.example/rss'] },
        { id: 'foo', name: 'Foo', feeds: ['not a url'] },
      ]),
    );
    const error = await failureOf(file);
    expect(error.message).toBe(`${file}: entry 3 ("foo"): feeds[0]: invalid URL`);
    expect(error.file).toBe(file);
  });

  it('reports every bad field, including missing ones and wrong codes', async () => {
    const file = await fileWith(
      'several.json',
      JSON.stringify([
        { name: 'No Id', feeds: ['https://x.example/rss'] },
        { id: 'Bad_Id', name: 'Bad', feeds: [], country: 'germany', ownership: 'leftish' },
      ]),
    );
    const { problems } = await failureOf(file);
    expect(problems).toContain(`${file}: entry 0: id: is required`);
    const second = problems.filter((p) => p.startsWith(`${file}: entry 1 ("Bad_Id"): `));
    const fields = second.map((p) => p.slice(`${file}: entry 1 ("Bad_Id"): `.length).split(':')[0]);
    expect(fields.sort()).toEqual(['country', 'feeds', 'id', 'ownership']);
  });

  it('rejects duplicate ids, naming both entries', async () => {
    const file = await fileWith(
      'dupes.json',
      JSON.stringify([
        { id: 'same', name: 'One', feeds: ['https://one.example/rss'] },
        { id: 'other', name: 'Other', feeds: ['https://other.example/rss'] },
        { id: 'same', name: 'Two', feeds: ['https://two.example/rss'] },
      ]),
    );
    expect((await failureOf(file)).message).toBe(`${file}: entry 2 ("same"): id: duplicate of entry 0`);
  });

  it('explains invalid JSON, a non-array and an unreadable file', async () => {
    const broken = await fileWith('broken.json', '[{"id": "x",');
    expect((await failureOf(broken)).message).toMatch(new RegExp(`^${escape(broken)}: invalid JSON: `));

    const object = await fileWith('object.json', '{"id": "x"}');
    expect((await failureOf(object)).message).toBe(`${object}: expected a JSON array of sources`);

    const missing = join(dir, 'missing.json');
    expect((await failureOf(missing)).message).toBe(`${missing}: cannot read file (ENOENT)`);
  });

  it('tolerates a UTF-8 byte-order mark', async () => {
    const file = await fileWith('bom.json', '\uFEFF[{"id":"b","name":"B","feeds":["https://b.example/rss"]}]');
    expect((await loadSources(file)).map((s) => s.id)).toEqual(['b']);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
