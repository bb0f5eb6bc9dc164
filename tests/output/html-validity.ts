import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/**
 * Checks HTML files with the Nu Html Checker (the `vnu-jar` package's vnu.jar, run by the system's
 * `java`) and returns its errors. Warnings and info messages are not errors.
 */

export interface HtmlProblem {
  /** The file as it was given; absent for a checker error that names no document. */
  file?: string;
  line?: number;
  column?: number;
  type: 'error' | 'non-document-error';
  message: string;
  /** A few characters of the source around the problem, when the checker gives them. */
  extract?: string;
}

// vnu-jar's main export is a String object holding the path of vnu.jar.
const vnuJar = String(createRequire(import.meta.url)('vnu-jar') as unknown);

// Keeps each java command line well under the kernel's limits (one argument: 128 KiB; all: ~2 MiB).
const MAX_ARGUMENT_CHARS = 100_000;

const vnuOutput = z.object({
  messages: z.array(
    z.object({
      type: z.string(),
      subType: z.string().optional(),
      url: z.string().optional(),
      lastLine: z.number().optional(),
      firstLine: z.number().optional(),
      firstColumn: z.number().optional(),
      lastColumn: z.number().optional(),
      message: z.string(),
      extract: z.string().optional(),
    }),
  ),
});

export async function validateHtml(files: string[]): Promise<HtmlProblem[]> {
  const problems: HtmlProblem[] = [];
  const givenByPath = new Map<string, string>();
  const toCheck: string[] = [];
  for (const file of files) {
    const absolute = path.resolve(file);
    // vnu says nothing at all about a file it cannot find, which would pass for a valid one.
    if (!isFile(absolute)) {
      problems.push({ file, type: 'non-document-error', message: 'No such file: it could not be checked.' });
      continue;
    }
    if (givenByPath.has(absolute)) continue;
    givenByPath.set(absolute, file);
    toCheck.push(absolute);
  }

  for (const chunk of chunks(toCheck, MAX_ARGUMENT_CHARS)) {
    for (const message of (await runVnu(chunk)).messages) {
      if (message.type !== 'error' && message.type !== 'non-document-error') continue;
      const absolute = message.url?.startsWith('file:') ? fileURLToPath(new URL(message.url)) : undefined;
      problems.push({
        ...(message.url !== undefined ? { file: (absolute && givenByPath.get(absolute)) ?? absolute ?? message.url } : {}),
        ...(message.lastLine !== undefined ? { line: message.firstLine ?? message.lastLine } : {}),
        ...(message.firstColumn !== undefined ? { column: message.firstColumn } : {}),
        type: message.type,
        message: message.message,
        ...(message.extract !== undefined ? { extract: message.extract } : {}),
      });
    }
  }
  return problems;
}

function runVnu(files: string[]): Promise<z.infer<typeof vnuOutput>> {
  const args = ['-jar', vnuJar, '--format', 'json', '--exit-zero-always', '--stdout', ...files];
  return new Promise((resolve, reject) => {
    const child = spawn('java', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (data: Buffer) => stdout.push(data));
    child.stderr.on('data', (data: Buffer) => stderr.push(data));
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'ENOENT'
          ? new Error(
              'The Nu Html Checker needs a Java runtime, and `java` is not on the PATH: install one ' +
                '(Debian: `apt-get install default-jre-headless`).',
            )
          : error,
      );
    });
    child.on('close', (code, signal) => {
      const errorText = Buffer.concat(stderr).toString('utf8').trim();
      if (code !== 0) {
        reject(new Error(`vnu.jar failed (${signal ?? `exit code ${code}`}): ${errorText}`));
        return;
      }
      try {
        resolve(vnuOutput.parse(JSON.parse(Buffer.concat(stdout).toString('utf8'))));
      } catch (error) {
        reject(new Error(`vnu.jar gave output that is not its JSON report (${String(error)}); stderr: ${errorText}`));
      }
    });
  });
}

/** Splits files into runs whose arguments add up to at most `maxChars` characters. */
function chunks(files: string[], maxChars: number): string[][] {
  const result: string[][] = [];
  let current: string[] = [];
  let length = 0;
  for (const file of files) {
    if (current.length > 0 && length + file.length + 1 > maxChars) {
      result.push(current);
      current = [];
      length = 0;
    }
    current.push(file);
    length += file.length + 1;
  }
  if (current.length > 0) result.push(current);
  return result;
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
