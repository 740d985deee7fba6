import { readdirSync, readFileSync } from 'node:fs';

// Linux reports CPU times in clock ticks: 100 a second on every common kernel configuration.
const TICKS_PER_SECOND = 100;

function stat(pid: number): string[] | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces: split after its closing parenthesis.
    return text.slice(text.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

/**
 * CPU seconds used so far by a PostgreSQL server: the postmaster, its live backends, and (through
 * cutime/cstime) the backends that already exited. Lets a benchmark tell the database's share of the
 * cores from the client's on a machine other work also uses.
 */
export function postgresCpuSeconds(postmasterPid: number): number {
  const own = stat(postmasterPid);
  if (!own) return NaN;
  // After the command name: state(0) ppid(1) ... utime(11) stime(12) cutime(13) cstime(14).
  let ticks = Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14]);
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const fields = stat(Number(entry));
    if (fields && Number(fields[1]) === postmasterPid) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks / TICKS_PER_SECOND;
}

/** CPU seconds of this process, every thread included (extraction workers are threads of it). */
export function ownCpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}
