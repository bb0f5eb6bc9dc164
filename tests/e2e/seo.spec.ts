import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { checkHead, parseSitemap } from '../output/seo-check';

const out = path.resolve(import.meta.dirname, '../../out');
const locales = ['zh-CN', 'en'];

function htmlPages(dir = out): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === '_next' || name === '_not-found' || name === '404' ? [] : htmlPages(full);
    return name === 'index.html' ? [full] : [];
  });
}

/** Pages search engines are told to leave out (the offline pages): not in the sitemap, no canonical. */
const isNoindex = (file: string) => /<meta name="robots" content="noindex/.test(readFileSync(file, 'utf8'));
const indexedPages = () => htmlPages().filter((file) => !isNoindex(file));

/** `out/en/livepatch/index.html` → `/en/livepatch/`. */
const urlPath = (file: string) => `/${path.relative(out, path.dirname(file)).split(path.sep).join('/')}/`.replace('//', '/');

test('every page has a title, a description, a canonical link and hreflang alternates', () => {
  const pages = indexedPages();
  expect(pages.length).toBeGreaterThan(150);
  const problems = pages.flatMap((file) => checkHead(readFileSync(file, 'utf8'), locales).map((p) => `${urlPath(file)}: ${p}`));
  expect(problems, problems.join('\n')).toEqual([]);
});

test('the sitemap lists every page once, each with its alternates and x-default; robots.txt points to it', () => {
  const entries = parseSitemap(readFileSync(path.join(out, 'sitemap.xml'), 'utf8'));
  const listed = entries.map((e) => new URL(e.loc).pathname).sort();
  expect(listed).toEqual(indexedPages().map(urlPath).sort());
  for (const entry of entries.filter((e) => new URL(e.loc).pathname !== '/')) {
    expect(Object.keys(entry.alternates).sort(), entry.loc).toEqual([...locales, 'x-default'].sort());
  }
  expect(readFileSync(path.join(out, 'robots.txt'), 'utf8')).toMatch(/^Sitemap: https?:\/\/.+\/sitemap\.xml$/m);
});

test('the only pages left out of the sitemap are the offline pages, one per locale, each noindex', () => {
  const left = htmlPages().filter(isNoindex).map(urlPath).sort();
  expect(left).toEqual(locales.map((locale) => `/${locale}/offline/`).sort());
});

test('a shared question link shows the question as its title', async ({ page }) => {
  await page.goto('/en/fips/validated-modules/');
  const question = await page.locator('h1').textContent();
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', question!);
  await expect(page.locator('meta[name="twitter:title"]')).toHaveAttribute('content', question!);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');
});

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text of an answer as a reader reads it: without the controls the page adds (copy buttons). */
const answerText = (answer: Element) => {
  const copy = answer.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('.milestone-status, .milestone-calendar, .code-copy, [role="status"]').forEach((e) => e.remove());
  return copy.textContent ?? '';
};

for (const locale of locales) {
  test(`${locale}: FAQPage JSON-LD matches the questions and answers on the category page`, async ({ page }) => {
    await page.goto(`/${locale}/fips/`);
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(data['@type']).toBe('FAQPage');
    const visible = await page.locator('details.question').evaluateAll((items) =>
      items.map((item) => {
        const answer = item.querySelector('.answer')!.cloneNode(true) as HTMLElement;
        answer.querySelectorAll('.milestone-status, .milestone-calendar, .code-copy, [role="status"]').forEach((s) => s.remove());
        return { question: item.querySelector('summary')!.textContent, answer: answer.textContent };
      }),
    );
    expect(data.mainEntity).toHaveLength(visible.length);
    data.mainEntity.forEach((q: { name: string; acceptedAnswer: { text: string } }, i: number) => {
      expect(q.name).toBe(visible[i]!.question);
      expect(normalize(q.acceptedAnswer.text).replace(/\s/g, '')).toBe(normalize(visible[i]!.answer!).replace(/\s/g, ''));
    });
  });

  test(`${locale}: QAPage JSON-LD matches the question page`, async ({ page }) => {
    await page.goto(`/${locale}/livepatch/enable-and-apply/`);
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(data['@type']).toBe('QAPage');
    expect(data.mainEntity.name).toBe(await page.locator('h1').textContent());
    await expect(page.locator('.code-copy').first()).toBeVisible();
    const answer = normalize(await page.locator('.answer').evaluate(answerText)).replace(/\s/g, '');
    expect(normalize(data.mainEntity.acceptedAnswer.text).replace(/\s/g, '')).toBe(answer);
  });

  test(`${locale}: the Atom feed lists every question, newest first, and pages link to it`, async ({ page, request }) => {
    await page.goto(`/${locale}/`);
    const feedHref = await page.locator('link[type="application/atom+xml"]').getAttribute('href');
    expect(new URL(feedHref!).pathname).toBe(`/${locale}/feed.xml`);
    const feed = await (await request.get(`/${locale}/feed.xml`)).text();
    const faq = await (await request.get(`/${locale}/faq.json`)).json();
    const entries = [...feed.matchAll(/<entry>[\s\S]*?<updated>([^<]+)<\/updated>[\s\S]*?<\/entry>/g)].map((m) => m[1]!);
    expect(entries).toHaveLength(faq.entries.length);
    expect([...entries].sort().reverse()).toEqual(entries);
    expect(feed).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
  });
}
