import fs from 'node:fs';

/** Removes a folder that another process may have been writing into a moment ago (retrying while it is not yet empty). */
export function removeFolder(folder: string): void {
  fs.rmSync(folder, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
}
