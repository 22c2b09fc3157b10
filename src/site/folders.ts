import fs from 'node:fs';
import path from 'node:path';

/** Whether `inner` is `outer` or lies inside it (a name such as `..notes` inside it counts). */
export function within(inner: string, outer: string): boolean {
  const relative = path.relative(outer, inner);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

/** Removes a folder that another process may have been writing into a moment ago (retrying while it is not yet empty). */
export function removeFolder(folder: string): void {
  fs.rmSync(folder, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
}

/**
 * Removes a folder that this process's own asynchronous writes may still be
 * filling, just before the process exits. Eleventy queues a chunk's writes at
 * once (up to thousands, run by libuv's thread pool), and a queued write
 * recreates its folder after a removal. So this thread sleeps between
 * removals, starting no new write while the queued ones run out, and removes
 * again until the folder stays gone (or `limitMs` has passed).
 */
export function removeFolderBeforeExit(folder: string, limitMs = 10_000): void {
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  for (const started = Date.now(); Date.now() - started < limitMs; ) {
    try {
      removeFolder(folder);
    } catch {
      // Still being written: tried again after the pause.
    }
    Atomics.wait(sleeper, 0, 0, 100);
    if (!fs.existsSync(folder)) return;
  }
  removeFolder(folder);
}
