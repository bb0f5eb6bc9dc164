import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { didYouMean } from '@/source/closest';
import { zodProblems, type ContentProblem } from '@/source/problems';
import { readSourceText } from '@/source/text';
import { parseYamlData } from '@/source/yaml';
import { yamlHint } from '@/source/yaml-hints';

/**
 * The site's languages are data: `content/locales.yaml` lists them, in the order the language
 * switcher shows them, the first being the default (every question is written in it first):
 *
 *     zh-CN:
 *       name: 简体中文
 *       source: https://aws.amazon.com/cn/amazon-linux-2/faqs/
 *     ja:
 *       name: 日本語
 *       source: https://aws.amazon.com/jp/amazon-linux-2/faqs/
 *       fallback: [en]            # then the default locale, always last
 */
export interface LocaleSettings {
  code: string;
  /** Native name, shown by the language switcher. */
  name: string;
  /** The page this FAQ is based on, in this language. */
  source: string;
  /**
   * Where an untranslated question is taken from, in order: the locales of `fallback`, then the
   * default locale (which has every question). Empty for the default locale.
   */
  fallback: string[];
}

export interface LocaleConfig {
  locales: LocaleSettings[];
  defaultLocale: string;
}

export const LOCALES_FILE = 'locales.yaml';

/** BCP 47 tags as the site uses them in URLs and `lang`: `en`, `ja`, `zh-CN`, `pt-BR`, `zh-Hant`. */
const localeCodePattern = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?$/;

const required = (what: string) => (issue: { input: unknown }) => (issue.input === undefined ? `is required: ${what}` : `must be ${what}`);

const settingsSchema = z.strictObject({
  name: z.string({ error: required('the language\'s own name, e.g. "日本語"') }).trim().min(1, 'must not be empty'),
  source: z.url({ error: required('the address (https://…) of the source page in this language') }),
  fallback: z.array(z.string(), { error: 'must be a list of locales, e.g. [en]' }).default([]),
});

/** Reads `<root>/locales.yaml`; every problem is returned, with the part of the file that is usable. */
export function readLocaleConfig(root: string): { config: LocaleConfig; problems: ContentProblem[] } {
  const file = path.join(root, LOCALES_FILE);
  if (!existsSync(file)) {
    return {
      config: { locales: [], defaultLocale: '' },
      problems: [{ file, field: '(file)', message: 'is missing: it lists the site\'s languages (see "Adding a locale" in README.md)' }],
    };
  }
  const text = readSourceText(file);
  try {
    const yaml = parseYamlData(text);
    return parseLocaleConfig(yaml.data, file, yaml.lineOf);
  } catch (error) {
    return {
      config: { locales: [], defaultLocale: '' },
      problems: [{ file, field: '(yaml)', message: yamlHint(error as Error, text) }],
    };
  }
}

/** Checks the parsed YAML of locales.yaml (pure: `file` only names the problems). */
export function parseLocaleConfig(
  raw: unknown,
  file: string,
  lineOf?: (path: readonly PropertyKey[]) => number | undefined,
): { config: LocaleConfig; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const report = (field: string, message: string) => problems.push({ file, field, message });
  const locales: LocaleSettings[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || Object.keys(raw).length === 0) {
    report('(file)', 'must map each locale code to its settings, e.g. "en:" followed by "  name: English"');
    return { config: { locales, defaultLocale: '' }, problems };
  }
  const codes = Object.keys(raw);
  for (const [code, value] of Object.entries(raw)) {
    if (!localeCodePattern.test(code)) {
      report(code, 'is not a locale code: write a language tag such as en, ja, zh-CN or pt-BR');
      continue;
    }
    const parsed = settingsSchema.safeParse(value ?? {});
    if (!parsed.success) {
      const places = { knownFields: Object.keys(settingsSchema.shape), lineOf: lineOf && ((p: readonly PropertyKey[]) => lineOf([code, ...p])) };
      for (const problem of zodProblems(file, parsed.error, value ?? {}, places)) {
        report(`${code}.${problem.field}`, problem.message);
      }
      continue;
    }
    locales.push({ code, ...parsed.data });
  }
  const defaultLocale = codes[0] ?? '';
  for (const settings of locales) {
    const chain: string[] = [];
    for (const target of settings.fallback) {
      if (target === settings.code) report(`${settings.code}.fallback`, `lists ${target} itself`);
      else if (!codes.includes(target)) {
        report(`${settings.code}.fallback`, `"${target}" is not a locale of this file${didYouMean(target, codes)}`);
      } else if (chain.includes(target)) report(`${settings.code}.fallback`, `lists ${target} twice`);
      else chain.push(target);
    }
    if (settings.code === defaultLocale) {
      if (chain.length > 0) report(`${settings.code}.fallback`, 'the default locale (the first one) has every question: it has no fallback');
      settings.fallback = [];
    } else settings.fallback = [...chain.filter((l) => l !== defaultLocale), defaultLocale];
  }
  return { config: { locales, defaultLocale }, problems };
}
