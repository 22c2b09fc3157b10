/** The build's child processes: sharing work out, awaiting what one sends back, replying, stopping a group. */
import type { ChildProcess } from 'node:child_process';

/** `items` dealt in turn to up to `processes` shares (at least one, none empty unless `items` is). */
export function shares<T>(items: readonly T[], processes: number): T[][] {
  const n = Math.max(1, Math.min(processes, items.length));
  return Array.from({ length: n }, (_, k) => items.filter((_, i) => i % n === k));
}

/**
 * What a process started with `fork` sends back before it exits with 0.
 * Rejects, saying why in the words of `what` (`the indexing process`), when
 * it cannot start, is stopped, exits otherwise, or sends nothing.
 */
export function resultOf<T>(child: ChildProcess, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let received: { value: T } | undefined;
    child.on('message', (message) => (received = { value: message as T }));
    child.on('error', (error) => reject(new Error(`${what} could not start (${error.message})`)));
    child.on('exit', (code, signal) => {
      if (code === 0 && received) resolve(received.value);
      else reject(new Error(`${what} ${signal ? `was stopped by ${signal}` : code ? `exited with ${code}` : 'ended without a result'}`));
    });
  });
}

/** Sends a message to the process that started this one, and waits until it has gone; rejects if that process has gone. */
export function reply(message: unknown): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (!process.connected) return reject(new Error('the build that started this process has gone'));
    try {
      process.send!(message as object, (error: Error | null) => (error ? reject(error) : resolve()));
    } catch (error) {
      reject(error as Error);
    }
  });
}

/**
 * Kills a process started with `detached: true` and every process of the
 * group it leads (what it started in turn), and waits until all have gone.
 */
export async function stopGroup(child: ChildProcess): Promise<void> {
  const pid = child.pid;
  if (pid === undefined) return;
  const alive = () => {
    try {
      process.kill(-pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (alive()) process.kill(-pid, 'SIGKILL');
  for (let waited = 0; alive() && waited < 10_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
}
