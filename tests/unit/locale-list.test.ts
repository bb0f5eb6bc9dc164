import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLocaleConfig } from '@/i18n/locale-config';
import { defaultLocale, locales } from '@/i18n/locales';

// The site's languages are one list, content/locales.yaml: what the tools, the browser bundles and
// the type of the messages take from it must agree with it.

const projectRoot = path.resolve(import.meta.dirname, '../..');
const { localeCodes } = createRequire(import.meta.url)('../../src/i18n/locale-codes.cjs') as { localeCodes: (dir?: string) => string[] };

describe('the list of locales', () => {
  it('is read the same by next.config.mjs\'s reader, the checked settings and the code', () => {
    const { config, problems } = readLocaleConfig(path.join(projectRoot, 'content'));
    expect(problems).toEqual([]);
    expect(localeCodes(path.join(projectRoot, 'content'))).toEqual(config.locales.map((l) => l.code));
    expect([...locales]).toEqual(config.locales.map((l) => l.code));
    expect(defaultLocale).toBe(config.defaultLocale);
  });

  it('gives the messages their type from the default locale\'s file', () => {
    const tsconfig = JSON.parse(readFileSync(path.join(projectRoot, 'tsconfig.json'), 'utf8'));
    expect(tsconfig.compilerOptions.paths['#default-messages']).toEqual([`./content/${defaultLocale}/messages.json`]);
  });
});
