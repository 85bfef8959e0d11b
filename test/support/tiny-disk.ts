import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A small real filesystem (tmpfs) that tests can fill up, so a full disk is a real ENOSPC/SQLITE_FULL. */
export interface TinyDisk {
  dir: string;
  /** Fills every free byte with a filler file. */
  fill(): void;
  /** Removes the filler, so the disk has room again. */
  free(): void;
  unmount(): void;
}

/** Mounts a tmpfs of `sizeKb`; null (with a message) where mounting is not allowed, e.g. not root. */
export function mountTinyDisk(suite: string, sizeKb = 400): TinyDisk | null {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-tinydisk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    console.warn(
      `[skip] ${suite}: cannot mount a tmpfs (${(error as Error).message.split('\n')[0]}); full-disk tests skipped (run as root, as CI does).`,
    );
    return null;
  }
  const filler = join(dir, 'filler');
  return {
    dir,
    fill() {
      const fd = openSync(filler, 'a');
      const chunk = Buffer.alloc(4096, 1);
      try {
        for (;;) writeSync(fd, chunk);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      } finally {
        closeSync(fd);
      }
      // The last page may still hold a few bytes: fill them one by one.
      const fd2 = openSync(filler, 'a');
      try {
        for (;;) writeSync(fd2, Buffer.alloc(1, 1));
      } catch {
        // full
      } finally {
        closeSync(fd2);
      }
    },
    free() {
      rmSync(filler, { force: true });
    },
    unmount() {
      try {
        execFileSync('umount', ['-l', dir], { stdio: 'pipe' });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
