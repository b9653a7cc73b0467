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
