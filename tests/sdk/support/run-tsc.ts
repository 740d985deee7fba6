import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';

const TSC = createRequire(import.meta.url).resolve('typescript/bin/tsc');

/** One diagnostic line of tsc's output: `file(line,column): error TS2322: message`. */
export interface TscError {
  file: string;
  line: number;
  code: string;
  message: string;
}

export interface TscRun {
  status: number | null;
  output: string;
  errors: TscError[];
}

/** Runs this repository's TypeScript compiler (`tsc -p project`) and parses its errors. */
export async function runTsc(project: string, cwd: string): Promise<TscRun> {
  // Asynchronous, so that a server in this process keeps answering, and vitest's worker stays responsive.
  const result = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [TSC, '-p', project, '--pretty', 'false'],
      { cwd, encoding: 'utf8', timeout: 180_000 },
      (error, stdout, stderr) =>
        resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
    );
  });
  const output = `${result.stdout}${result.stderr}`;
  // A diagnostic is its first line plus the indented lines that elaborate on it.
  const errors = [...output.matchAll(/^(.+?)\((\d+),\d+\): error (TS\d+): (.*(?:\n {2}.*)*)/gm)].map(
    ([, file, line, code, message]) => ({
      file: file!,
      line: Number(line),
      code: code!,
      message: message!,
    }),
  );
  return { status: result.status, output, errors };
}
