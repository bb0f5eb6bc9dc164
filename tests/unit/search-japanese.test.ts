import { describe, expect, it } from 'vitest';
import { searchFilePath } from '@/i18n/paths';
import { buildSearchFiles, type SearchSource } from '@/search/build-index';
import { FaqSearch } from '@/search/faq-search';
import { memoryLoader, score } from '../search/evaluation';

// Japanese mixes kanji, hiragana and katakana without spaces: a word must be found inside a
// longer one (コンテナ in コンテナイメージ). A small Japanese FAQ and its query set.

const sources: SearchSource[] = [
  { id: 'container-image', category: 'general', question: 'Amazon Linux 2 はコンテナイメージとして利用できますか？', keywords: ['Docker'], text: 'はい。Amazon Linux 2 のコンテナイメージは Amazon ECR Public と Docker Hub で公開されています。' },
  { id: 'end-of-support', category: 'lifecycle', question: 'Amazon Linux 2 のサポートはいつ終了しますか？', keywords: ['EOL', 'サポート終了'], text: 'Amazon Linux 2 のサポート終了日は 2026 年 6 月 30 日です。' },
  { id: 'cost', category: 'general', question: 'Amazon Linux 2 の実行に追加料金はかかりますか？', keywords: ['料金', '無料'], text: 'いいえ。Amazon Linux 2 の実行に追加料金はかかりません。標準の Amazon EC2 料金が適用されます。' },
  { id: 'live-patching', category: 'livepatch', question: 'カーネルライブパッチとは何ですか？', keywords: ['kpatch'], text: 'カーネルライブパッチを使うと、再起動せずに実行中のカーネルにセキュリティパッチを適用できます。' },
  { id: 'on-premises', category: 'on-premises', question: 'オンプレミスの仮想マシンで Amazon Linux 2 を実行できますか？', keywords: ['VM', 'KVM', 'VMware'], text: 'はい。KVM、VMware、VirtualBox、Hyper-V 用の仮想マシンイメージが用意されています。' },
  { id: 'supported-instances', category: 'general', question: 'どのインスタンスタイプがサポートされていますか？', keywords: [], text: 'Amazon Linux 2 はすべての現行世代の EC2 インスタンスタイプでサポートされています。' },
  { id: 'extras', category: 'extras', question: 'Extras ライブラリとは何ですか？', keywords: ['amazon-linux-extras'], text: 'Extras ライブラリは、新しいバージョンのソフトウェアパッケージを提供するトピックの集まりです。' },
  { id: 'fips', category: 'fips', question: 'FIPS 140-2 検証済みの暗号モジュールはありますか？', keywords: ['FIPS'], text: 'Amazon Linux 2 のカーネル暗号 API と OpenSSL は FIPS 140-2 の検証を受けています。' },
];
const queries = [
  { query: 'コンテナ', expected: ['container-image'] },
  { query: 'イメージ', expected: ['container-image', 'on-premises'] },
  { query: 'サポートされていますか', expected: ['supported-instances', 'end-of-support'] },
  { query: 'サポート終了', expected: ['end-of-support'] },
  { query: '料金', expected: ['cost'] },
  { query: 'ライブパッチ', expected: ['live-patching'] },
  { query: 'パッチ 再起動', expected: ['live-patching'] },
  { query: '仮想マシン', expected: ['on-premises'] },
  { query: 'インスタンス', expected: ['supported-instances'] },
  { query: '暗号モジュール', expected: ['fips'] },
  { query: 'ソフトウェア', expected: ['extras'] },
  { query: 'いつ終了', expected: ['end-of-support'] },
];

const files = new Map<string, string>();
for (const [name, text] of buildSearchFiles({ locale: 'ja', sources, ids: sources.map((s) => s.id).sort(), categories: {}, synonyms: [] })) {
  files.set(searchFilePath('ja', name), text);
}
const search = new FaqSearch('ja', [], memoryLoader(files));
const find = async (query: string) => (await search.search(query)).results.map((r) => r.id);

describe('Japanese search', () => {
  it('finds コンテナ inside コンテナイメージ', async () => {
    expect((await find('コンテナ'))[0]).toBe('container-image');
  });

  it('meets recall@1 0.9 and MRR 0.9 on a small Japanese query set', async () => {
    const scores = await score(queries, find);
    expect(scores.misses).toEqual([]);
    expect(scores.recallAt1).toBeGreaterThanOrEqual(0.9);
    expect(scores.mrr).toBeGreaterThanOrEqual(0.9);
  });
});
