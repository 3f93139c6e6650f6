// Running a Node CLI from node_modules as a child that shares our terminal.
import { spawn, type ChildProcess } from 'node:child_process';
import { constants } from 'node:os';

export interface ChildExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface RunningChild {
  readonly child: ChildProcess;
  readonly exited: Promise<ChildExit>;
}

export interface RunOptions {
  /** Options for node itself, before the script (e.g. --require). */
  nodeArgs?: readonly string[];
}

/** `node <script> ...args` with our stdio. Not detached, so Ctrl-C in the terminal reaches it too. */
export function runNodeScript(script: string, args: readonly string[], env: NodeJS.ProcessEnv, options: RunOptions = {}): RunningChild {
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), script, ...args], { stdio: 'inherit', env });
  const exited = new Promise<ChildExit>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
    child.once('error', (error) => {
      console.error(error);
      resolve({ code: 1, signal: null });
    });
  });
  return { child, exited };
}

/** The shell's convention: the exit code, or 128 + the signal's number. */
export function exitCodeOf({ code, signal }: ChildExit): number {
  if (code !== null) return code;
  return 128 + (signal ? (constants.signals[signal] ?? 0) : 0);
}
