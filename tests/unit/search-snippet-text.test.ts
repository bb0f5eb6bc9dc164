import { describe, expect, it } from 'vitest';
import { snippetText } from '@/search/snippet-text';

// A snippet of an answer with a table reads like the page: each row as labelled values.

describe('the text snippets are cut from', () => {
  it('writes each table row as "label: value" pairs, and leaves other lines as they are', () => {
    const text = 'Validated modules:\n\nModule\tPackage\tStatus\nOpenSSL\topenssl1.0.2k\tHistorical\nNSS\tnss-softokn-3.36\tActive\n\nSee the certificates.';
    expect(snippetText(text, 'en')).toBe(
      'Validated modules:\n\nModule: OpenSSL; Package: openssl1.0.2k; Status: Historical\nModule: NSS; Package: nss-softokn-3.36; Status: Active\n\nSee the certificates.',
    );
  });

  it('uses full-width punctuation in Chinese and Japanese', () => {
    expect(snippetText('模块\t状态\nOpenSSL\t历史', 'zh-CN')).toBe('模块：OpenSSL；状态：历史');
    expect(snippetText('モジュール\t状態\nOpenSSL\t履歴', 'ja')).toBe('モジュール：OpenSSL；状態：履歴');
  });

  it('keeps a header without rows, and an empty cell without its label', () => {
    expect(snippetText('A\tB', 'en')).toBe('A; B');
    expect(snippetText('A\tB\n1\t', 'en')).toBe('A: 1');
  });
});
