import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/keyv-store.ts';
import { StoreError, type Store } from '../../src/store/store.ts';
import { mountTinyDisk } from '../support/tiny-disk.ts';

const disk = mountTinyDisk('store on a full disk');

describe.skipIf(!disk)('SQLite store on a full filesystem', () => {
  let store: Store | undefined;
  afterAll(async () => {
    await store?.close().catch(() => {});
    disk?.unmount();
  });

  it('fails every write loudly and never reports a lost write as saved', async () => {
    store = await openStore({ dataDir: disk!.dir });
    const articles = store.collection<{ body: string }>('articles');
    await articles.set('before', { body: 'kept' });
    disk!.fill();
    let saved = 0;
    let refused = 0;
    for (let i = 0; i < 300; i++) {
      try {
        await articles.set(`a${i}`, { body: 'x'.repeat(2000) + i });
        saved++;
      } catch (error) {
        expect(error).toBeInstanceOf(StoreError);
        refused++;
      }
    }
    expect(refused).toBeGreaterThan(0);
    // Whatever set() said it saved can be read back, the rest is absent: no write was lost silently.
    let readBack = 0;
    for (let i = 0; i < 300; i++) {
      const value = await articles.get(`a${i}`).catch(() => undefined);
      if (value) readBack++;
    }
    expect(readBack).toBe(saved);
    disk!.free();
    await articles.set('after', { body: 'room again' });
    expect(await articles.get('after')).toEqual({ body: 'room again' });
  });

  it('refuses to open on a disk that cannot take a write (the start-up probe)', async () => {
    await store?.close();
    store = undefined;
    disk!.fill();
    try {
      await expect(openStore({ dataDir: disk!.dir })).rejects.toThrow(/store at .*(cannot save data|SQLITE_(FULL|IOERR))/);
    } finally {
      disk!.free();
    }
  });
});
