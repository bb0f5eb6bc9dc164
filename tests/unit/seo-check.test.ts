import { describe, expect, it } from 'vitest';
import { serializeJsonLd } from '@/seo/json-ld';
import { checkHead, parseSitemap } from '../output/seo-check';

const goodHead = `<html><head><title>Q?</title><meta name="description" content="A."/>
<link rel="canonical" href="https://faq.example.com/en/a/"/>
<link rel="alternate" hrefLang="zh-CN" href="https://faq.example.com/zh-CN/a/"/>
<link rel="alternate" hrefLang="en" href="https://faq.example.com/en/a/"/>
<link rel="alternate" hrefLang="x-default" href="https://faq.example.com/zh-CN/a/"/></head><body></body></html>`;

describe('head checks', () => {
  it('accept a complete head', () => {
    expect(checkHead(goodHead, ['zh-CN', 'en'])).toEqual([]);
  });

  it('report a missing hreflang, canonical, title or description', () => {
    const broken = goodHead
      .replace(/<link rel="alternate" hrefLang="en"[^>]*>/, '')
      .replace(/<link rel="canonical"[^>]*>/, '')
      .replace('<title>Q?</title>', '')
      .replace(/<meta name="description"[^>]*>/, '');
    expect(checkHead(broken, ['zh-CN', 'en'])).toEqual([
      'no <title>',
      'no meta description',
      'no absolute canonical link',
      'no hreflang alternate for en',
    ]);
  });

  it('read sitemap entries with their alternates', () => {
    const xml = `<urlset><url><loc>https://x/en/</loc><xhtml:link rel="alternate" hreflang="en" href="https://x/en/" /></url></urlset>`;
    expect(parseSitemap(xml)).toEqual([{ loc: 'https://x/en/', alternates: { en: 'https://x/en/' } }]);
  });
});

describe('JSON-LD serialization', () => {
  it('cannot be closed by content', () => {
    expect(serializeJsonLd({ text: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });
});
