import { readFileSync } from 'node:fs';

/**
 * package.json's `npm start`, taken apart so that a test or benchmark can run the program itself
 * (signals reach it, no npm in between): "[NAME=value …] node [flags …] <built main>.js".
 */
export interface StartCommand {
  env: Record<string, string>;
  nodeFlags: string[];
  main: string;
}

export function startCommand(): StartCommand {
  const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
  const words = scripts.start!.trim().split(/\s+/);
  const env: Record<string, string> = {};
  let at = 0;
  for (let m; at < words.length && (m = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(words[at]!)); at++) env[m[1]!] = m[2]!;
  const [node, ...rest] = words.slice(at);
  const main = rest.pop();
  if (node !== 'node' || !main?.endsWith('.js')) throw new Error(`npm start is expected to be "[NAME=value …] node [flags …] <built main>.js": ${scripts.start}`);
  return { env, nodeFlags: rest, main };
}
