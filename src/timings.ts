/**
 * With BUILD_TIMINGS=1 the build's processes print how long each stage took
 * (`timing: <stage> …` lines; the benchmark reads them): wall time, CPU time,
 * garbage-collection pauses, heap, and the process's current and peak RSS.
 */
import { PerformanceObserver } from 'node:perf_hooks';

const timings = process.env.BUILD_TIMINGS === '1';
let lastLap = performance.now();
let lastCpu = process.cpuUsage();
/** Garbage-collection pauses reported since the last lap, in ms (reported asynchronously: a synchronous stage's pauses show in the next lap). */
let gcTime = 0;
if (timings) new PerformanceObserver((list) => list.getEntries().forEach((e) => (gcTime += e.duration))).observe({ entryTypes: ['gc'] });

/** Starts the next lap now, leaving out what came before. */
export function resetLap(): void {
  lastLap = performance.now();
  lastCpu = process.cpuUsage();
  gcTime = 0;
}

/** Prints the stage that ends now, and starts the next. */
export function lap(stage: string): void {
  if (!timings) return;
  const now = performance.now();
  const cpu = process.cpuUsage();
  const cpuSeconds = (cpu.user + cpu.system - lastCpu.user - lastCpu.system) / 1e6;
  const gcSeconds = gcTime / 1000;
  gcTime = 0;
  const memory = process.memoryUsage();
  const heap = memory.heapUsed / 2 ** 20;
  const rss = memory.rss / 2 ** 20;
  // maxRSS: this process's peak so far (other processes of the build, Pagefind's included, not counted).
  const peak = process.resourceUsage().maxRSS / 2 ** 10;
  console.log(`timing: ${stage} ${((now - lastLap) / 1000).toFixed(1)} s (cpu ${cpuSeconds.toFixed(1)} s, gc ${gcSeconds.toFixed(1)} s, heap ${heap.toFixed(0)} MiB, RSS ${rss.toFixed(0)} MiB, peak RSS ${peak.toFixed(0)} MiB)`);
  lastLap = now;
  lastCpu = cpu;
}
