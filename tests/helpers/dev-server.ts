import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const tsconfig = path.join(projectRoot, 'tsconfig.json');

export interface DevServer {
  process: ChildProcess;
  origin: string;
  /** Everything it has printed so far, standard output and error together. */
  output: () => string;
  /** Stops the server and the workers it started, and puts tsconfig.json back. */
  stop: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts a Next.js development server (`command`, a binary of node_modules/.bin and its arguments,
 * to which the port and host are added) on a content folder, with its own build folder, so that it
 * runs beside a developer's `npm run dev`. It does not wait for the server to answer.
 */
export async function startDevServer(options: { command: [string, ...string[]]; contentDir: string; outDir: string }): Promise<DevServer> {
  // `next dev` adds its build folder's types to tsconfig.json; stop() puts the file back.
  const tsconfigText = readFileSync(tsconfig, 'utf8');
  const port = await freePort();
  const [binary, ...args] = options.command;
  const server = spawn(path.join(projectRoot, 'node_modules/.bin', binary), [...args, '-p', String(port), '-H', '127.0.0.1'], {
    cwd: projectRoot,
    env: { ...process.env, FAQ_CONTENT_DIR: options.contentDir, FAQ_OUT_DIR: options.outDir, NODE_ENV: 'development' },
    detached: true,
  });
  let log = '';
  server.stdout!.on('data', (chunk) => (log += chunk));
  server.stderr!.on('data', (chunk) => (log += chunk));
  return {
    process: server,
    origin: `http://127.0.0.1:${port}`,
    output: () => log,
    stop: async () => {
      if (server.pid && server.exitCode === null) {
        const exited = new Promise((resolve) => server.once('exit', resolve));
        process.kill(-server.pid, 'SIGTERM'); // the server and the workers it started
        await exited;
      }
      writeFileSync(tsconfig, tsconfigText);
    },
  };
}
