import { inspectContent } from '@/content/load';
import { locales } from '@/i18n/locales';
import { FaqSearch } from '@/search/faq-search';
import { writeGeneratedContent } from './tests/bench/generated-content';
import { loadQueries, memoryLoader, siteSearchFiles } from './tests/search/evaluation';
const dir = '/tmp/prof-1000';
writeGeneratedContent({ dir, questionsPerLocale: 1000 });
const site = inspectContent({ root: dir, includeDrafts: false, today: '2026-11-27' }).site;
const files = siteSearchFiles(site);
const qs = loadQueries().filter((q) => q.locale === 'zh-CN').map((q) => q.query);
const typed = qs.flatMap((q) => [...q].map((_, i) => [...q].slice(0, i + 1).join('')));
const search = new FaqSearch('zh-CN', [...locales], memoryLoader(files));
for (const q of typed) await search.search(q);
const slow: [number, string][] = [];
for (let r = 0; r < 3; r++) for (const q of typed) { const t = performance.now(); await search.search(q); slow.push([performance.now() - t, q]); }
slow.sort((a, b) => b[0] - a[0]);
console.log(slow.slice(0, 15).map(([t, q]) => `${t.toFixed(1)} ${q}`).join('\n'));
const q1 = process.env.Q ?? '老的 Amazon Linux 1 实例会不会被强制升级成 ';
const ts: number[] = [];
for (let i = 0; i < 20; i++) { await search.clearCache(); const t = performance.now(); await search.search(q1); ts.push(performance.now() - t); }
console.log(ts.map((t) => t.toFixed(1)).join(' '));
