import cluster from 'node:cluster';

/**
 * Serves in BENCH_WORKERS processes sharing the port (node:cluster), as Newsgraph does with
 * NEWSGRAPH_WORKERS, so that the baselines are measured with the same number of processes.
 * `listen(ready)` starts one server and calls `ready` once it listens; `readyLine` is printed once
 * every process listens.
 */
export function serveInWorkers(readyLine: string, listen: (ready: () => void) => void): void {
  const count = Number(process.env.BENCH_WORKERS ?? 1);
  if (count <= 1) return listen(() => console.log(readyLine));
  if (cluster.isWorker) return listen(() => process.send!('ready'));
  let ready = 0;
  for (let i = 0; i < count; i++)
    cluster.fork().on('message', (message) => message === 'ready' && ++ready === count && console.log(readyLine));
  process.on('SIGTERM', () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    process.exit(0);
  });
}
