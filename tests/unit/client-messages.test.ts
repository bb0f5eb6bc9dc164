import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { CLIENT_NAMESPACES, clientMessages } from '@/i18n/client-messages';
import { writesLatinDigits } from '@/i18n/format';
import { formatMessage } from '@/i18n/format-message';
import { locales } from '@/i18n/locales';
import { loadMessages } from '@/i18n/messages';

// Client components format messages with a small formatter instead of next-intl's ICU runtime:
// it must say exactly what next-intl says, for every client message.
const samples = [0, 1, 2, 5, 21, 999, 1000, 12345].map((n) => ({ days: n, count: n, date: '2026-06-30', category: 'FIPS', language: 'English', query: 'kpatch', status: 'x', pages: n, done: n, total: n, size: '2.3 MB' }));

describe.each(locales)('client messages in %s', (locale) => {
  const messages = loadMessages(locale);
  for (const namespace of CLIENT_NAMESPACES) {
    it(`${namespace}: same text as next-intl`, () => {
      // The key and values vary at run time here; next-intl's types want them known statically.
      const t = createTranslator({ locale, messages, namespace }) as unknown as (key: string, values: object) => string;
      for (const [key, template] of Object.entries(clientMessages(locale)[namespace] as Record<string, string>)) {
        for (const values of samples) {
          expect(formatMessage(locale, template, values), `${namespace}.${key}`).toBe(t(key, values));
          // As pages format them: small counts without Intl where the locale writes 0–9.
          expect(formatMessage(locale, template, values, { latinDigits: writesLatinDigits(locale) }), `${namespace}.${key}`).toBe(t(key, values));
        }
      }
    });
  }
});

describe('formatMessage', () => {
  it('picks plural forms by the locale\'s rules and exact matches', () => {
    const template = '{n, plural, =0 {none} one {# item} other {# items}}';
    expect(formatMessage('en', template, { n: 0 })).toBe('none');
    expect(formatMessage('en', template, { n: 1 })).toBe('1 item');
    expect(formatMessage('en', template, { n: 1234 })).toBe('1,234 items');
  });

  it('writes counts in the locale\'s own digits', () => {
    const template = '{n, plural, other {# items}}';
    expect(writesLatinDigits('ar-EG' as never)).toBe(false);
    expect(formatMessage('ar-EG', template, { n: 12 }, { latinDigits: writesLatinDigits('ar-EG' as never) })).toBe('١٢ items');
    expect(formatMessage('en', template, { n: 12 }, { latinDigits: true })).toBe('12 items');
    expect(formatMessage('en', template, { n: 1234 }, { latinDigits: true })).toBe('1,234 items');
  });
});
