import { describe, expect, it } from 'vitest';
import { SearchEngine, type SearchSource } from '@/search/engine';

const sources: SearchSource[] = [
  { id: 'live', category: 'k', question: 'What is kernel live patching?', keywords: ['kpatch'], text: 'Apply security patches to a running kernel without a reboot.' },
  { id: 'plugin', category: 'k', question: 'How do I enable it?', keywords: [], text: 'Run sudo yum install -y yum-plugin-kernel-livepatch and enable the plugin.' },
  { id: 'eol', category: 'l', question: 'When does support end?', keywords: ['EOL'], text: 'Support ends on June 30, 2026.' },
  { id: 'zh', category: 'l', question: '如何启用内核实时补丁？', keywords: ['热补丁'], text: '使用 yum 插件启用内核实时补丁。' },
  { id: 'glibc', category: 'g', question: 'Which core packages are included?', keywords: [], text: 'systemd, GCC 7.3, Glibc 2.26 and Binutils 2.29.1.' },
];

// Round trip through the exported file, as the browser does.
const engine = SearchEngine.fromFile(
  JSON.parse(JSON.stringify(SearchEngine.build(sources, { k: 'Kernel' }, [['AL2', 'Amazon Linux 2'], ['EOL', 'end of support']]).toFile('en'))),
);
const ids = (query: string) => engine.search(query).map((h) => h.document.id);

describe('search engine', () => {
  it('ranks a question match above an answer match', () => {
    expect(ids('kernel live patching')[0]).toBe('live');
  });

  it('matches a compound written apart or together', () => {
    expect(ids('livepatch')).toContain('plugin');
    expect(ids('live patch')).toContain('live');
  });

  it('finds Chinese words in the middle of text, and English terms in Chinese entries', () => {
    expect(ids('实时补丁')[0]).toBe('zh');
    expect(ids('yum 插件')[0]).toBe('zh');
  });

  it('finds version numbers and command names', () => {
    expect(ids('glibc 2.26')[0]).toBe('glibc');
    expect(ids('yum-plugin-kernel-livepatch')[0]).toBe('plugin');
  });

  it('returns the best partial matches for a long pasted sentence', () => {
    expect(ids('my kernel security patches are not applied without a reboot, why?')[0]).toBe('live');
  });

  it('tolerates a typo and an unfinished last word', () => {
    expect(ids('livepach')).toContain('plugin');
    expect(ids('binut')[0]).toBe('glibc');
  });

  it('applies synonyms', () => {
    expect(ids('end of support')[0]).toBe('eol');
  });

  it('returns nothing for nothing, and at most the limit', () => {
    expect(ids('')).toEqual([]);
    expect(ids('zebra quantum')).toEqual([]);
    expect(engine.search('kernel', 2)).toHaveLength(2);
  });
});

describe('the first keystroke', () => {
  it('already finds entries: a single letter stands for the words it starts', () => {
    expect(ids('k').length).toBeGreaterThan(0);
    expect(ids('实').length).toBeGreaterThan(0);
  });
});
