import { describe, expect, it } from 'vitest';
import { slugQuery } from '@/search/slug-query';

describe('the words of a missing address', () => {
  it.each([
    ['/en/lifecycle/end-of-suport-date/', 'en', 'lifecycle end of suport date'],
    ['/zh-CN/general/%E8%B4%B9%E7%94%A8/', 'zh-CN', 'general 费用'],
    ['/zh-CN/%E0%A4%A/x/', 'zh-CN', '%E0%A4%A x'],
    ['/en/old_page.html', 'en', 'old page'],
    ['/en/', 'en', ''],
  ])('%s → “%s”', (pathname, locale, expected) => {
    expect(slugQuery(pathname, locale)).toBe(expected);
  });
});
