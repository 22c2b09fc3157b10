import type { ChildProcess } from 'node:child_process';

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
