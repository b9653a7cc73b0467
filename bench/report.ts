// Prints a tinybench run as a table, with each task's time as a multiple of a reference task measured in the same run.
import type { Bench } from 'tinybench';

/** Mean time of a task in microseconds, or NaN when it did not run. */
export function microseconds(bench: Bench, name: string): number {
  const result = bench.getTask(name)?.result;
  return result && 'latency' in result ? result.latency.mean * 1000 : Number.NaN;
}

/** Prints every task's mean time and its ratio to `reference` (the same run, the same machine). */
export function report(bench: Bench, reference: string): void {
  const base = microseconds(bench, reference);
  console.table(
    bench.tasks.map((task) => {
      const time = microseconds(bench, task.name);
      return { task: task.name, 'µs per call': time.toFixed(2), [`× ${reference}`]: (time / base).toFixed(3) };
    }),
  );
}

/**
 * Times each of `tasks` against `reference` in alternation — a short burst of one, then of the reference, round after
 * round — and prints the median of the rounds' ratios. On a shared machine whose speed drifts by 2× within a minute,
 * two tasks timed one after the other can land in different spells; alternating puts both in the same one.
 */
export function interleaved(tasks: Record<string, () => void>, reference: string, rounds = 41, burstMs = 40): void {
  const run = tasks[reference];
  if (run === undefined) throw new Error(`no task named ${reference}`);
  const perCall = (task: () => void) => {
    let calls = 0;
    const start = performance.now();
    let now = start;
    while (now - start < burstMs) {
      task();
      calls += 1;
      now = performance.now();
    }
    return ((now - start) * 1000) / calls;
  };
  for (const task of Object.values(tasks)) perCall(task);
  const rows = Object.entries(tasks).map(([name, task]) => {
    const ratios: number[] = [];
    const times: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const time = perCall(task);
      times.push(time);
      ratios.push(time / perCall(run));
    }
    const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? Number.NaN;
    return { task: name, 'µs per call (median)': median(times).toFixed(2), [`× ${reference} (median of ${rounds} alternating rounds)`]: median(ratios).toFixed(3) };
  });
  console.table(rows);
}
