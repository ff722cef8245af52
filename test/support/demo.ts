import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// The real demo (`npm run demo`) as a child process: its own SQLite file and file store, lines
// piped to standard input, read to the end.

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npx tsx src/channels/console/demo.ts` with `input` on stdin; the database lives in `dir`. */
export function runDemo(dir: string, input: string, timeoutMs: number): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, DEMO_DATABASE_URL: `file:${dir}/demo.db`, FILE_STORE_DIR: `${dir}/files`, LOG_LEVEL: 'warn' };
  delete env.DEMO_CAMPAIGN;
  delete env.DATABASE_URL;
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'src/channels/console/demo.ts'], { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`demo did not finish in time\nstdout:\n${stdout}\nstderr:\n${stderr}`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(input);
  });
}
