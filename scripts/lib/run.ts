import { spawn } from 'node:child_process';

/** Runs a command with inherited output (in `cwd`, by default this process's); resolves with its exit code. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env, cwd?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env, cwd });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

export async function runOrExit(command: string, args: string[], env?: NodeJS.ProcessEnv) {
  const code = await run(command, args, env);
  if (code !== 0) process.exit(code);
}
