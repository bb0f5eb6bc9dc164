import { describe, expect, it } from 'vitest';
import { analyze } from '@/search/analyze';
import { parseQuery } from '@/search/query';
import { characterMask, closeEnough, mayBeTypo, typoAllowance } from '@/text/edit-distance';
import { highlight, snippet } from '@/search/highlight';
import { stem } from '@/search/stemmer';

const queryTerms = (query: string) => parseQuery(query).terms;

describe('Chinese text', () => {
  it('becomes overlapping bigrams, plus single characters in the index', () => {
    expect(analyze('内核实时补丁', 'query')).toEqual(['内核', '核实', '实时', '时补', '补丁']);
    expect(analyze('内核实时补丁')).toEqual(['内核', '核实', '实时', '时补', '补丁', '内', '核', '实', '时', '补', '丁']);
  });

  it('finds a word in the middle of a sentence: its bigrams are a subset of the sentence\'s', () => {
    const sentence = new Set(analyze('您可以启用内核实时补丁来修复漏洞'));
    for (const term of queryTerms('实时补丁')) expect(sentence.has(term)).toBe(true);
  });

  it('keeps a one-character query', () => {
    expect(queryTerms('钱')).toEqual(['钱']);
  });

  it('drops question words and particles', () => {
    expect(queryTerms('如何启用吗')).toEqual(['启用']);
    expect(queryTerms('AL2 的更新从哪里来')).toEqual(['al2', '更新', '里来']);
    expect(queryTerms('安全公告在哪看')).toEqual(['安全', '全公', '公告', '看']);
    expect(queryTerms('是否免费')).toEqual(['免费']);
  });

  it('drops a question word of three or four characters whole, leaving no piece of it joined to the next word', () => {
    expect(queryTerms('为什么要用热补丁')).toEqual(['要用', '用热', '热补', '补丁']);
    expect(queryTerms('什么时候停止支持')).toEqual(['停止', '止支', '支持']);
  });
});

describe('English text', () => {
  it('stems inflections to the same key', () => {
    expect(new Set(['patch', 'patches', 'patching', 'patched'].map(stem))).toEqual(new Set(['patch']));
    expect(new Set(['upgrade', 'upgrading', 'upgraded', 'upgrades'].map(stem))).toEqual(new Set(['upgrad']));
    expect(stem('installation')).toBe(stem('install'));
    expect(stem('policies')).toBe(stem('policy'));
  });

  it('stems a noun or adjective made from a verb to the verb’s key, but not a short word that only ends like one', () => {
    expect(new Set(['replace', 'replaced', 'replacement', 'replacements'].map(stem))).toEqual(new Set(['replac']));
    expect(new Set(['differ', 'different', 'difference', 'differences'].map(stem))).toEqual(new Set(['differ']));
    expect(stem('requirements')).toBe(stem('required'));
    expect(stem('deployment')).toBe(stem('deploy'));
    expect(['comment', 'content', 'current', 'client', 'agent', 'payment'].map(stem)).toEqual(['comment', 'content', 'current', 'client', 'agent', 'payment']);
  });

  it('drops stop words, also in contractions', () => {
    expect(queryTerms('difference between AL1 and AL2')).toEqual(['differ', 'al1', 'al2']);
    expect(queryTerms('a live patch broke something')).toEqual(['live', 'patch', 'brok']);
    expect(queryTerms("Can't I install it when it is not there?")).toEqual(['install']);
    expect(queryTerms("What's the kernel that still gets live patches, using what kind of fixes? It doesn't reboot")).toEqual([
      'kernel', 'still', 'live', 'patch', 'fix', 'reboot',
    ]);
    expect(queryTerms('can I patch many servers at once, and how much does it cost')).toEqual(['patch', 'server', 'cost']);
  });

  it('keeps version numbers and command names whole, and their parts', () => {
    expect(analyze('glibc 2.26 and kernel 5.10')).toEqual(['glibc', '2.26', 'kernel', '5.10']);
    expect(analyze('yum-plugin-kernel-livepatch')).toEqual(['yum-plugin-kernel-livepatch', 'yum', 'plugin', 'kernel', 'livepatch']);
    expect(analyze('io_uring')).toEqual(['io_uring', 'io', 'uring']);
  });

  it('normalizes case and full-width characters', () => {
    expect(analyze('ＦＩＰＳ Kpatch')).toEqual(['fip', 'kpatch']);
  });
});

describe('mixed Chinese and English', () => {
  it('splits each script its own way', () => {
    expect(queryTerms('用 amazon-linux-extras 安装 rust')).toEqual(['用', 'amazon-linux-extras', 'amazon', 'linux', 'extra', '安装', 'rust']);
    expect(queryTerms('FIPS模式')).toEqual(['fip', '模式']);
  });
});

describe('typos', () => {
  it('accepts one edit in short words and two in long ones, not more', () => {
    expect(closeEnough('livepach', 'livepatch')).toBe(true);
    expect(closeEnough('hyperviser', 'hypervisor')).toBe(true);
    expect(closeEnough('extar', 'extra')).toBe(true); // "extars" after stemming
    expect(closeEnough('kernal', 'kernel')).toBe(true);
    expect(closeEnough('patch', 'match')).toBe(false);
    expect(closeEnough('abcdefgh', 'abcxyzgh')).toBe(false);
  });

  it('never prunes a close word by its letters before measuring the distance', () => {
    const words = ['kernel', 'kernal', 'kernels', 'kenrel', 'livepatch', 'livepach', 'liveptach', 'hypervisor', 'hyperviser',
      'python3', 'python2', 'pyhton3', 'extra', 'extar', 'x86_64', 'openssl', 'opnessl', 'systemd', 'sytsemd', 'amazon', 'amazn'];
    let pruned = 0;
    for (const typed of words) {
      for (const word of words) {
        const mayBe = mayBeTypo(characterMask(typed), characterMask(word), typoAllowance(typed));
        if (closeEnough(typed, word)) expect(mayBe, `${typed} → ${word}`).toBe(true);
        else if (!mayBe) pruned++;
      }
    }
    expect(pruned).toBeGreaterThan(words.length * 10);
  });
});

describe('Japanese, Korean and Thai text', () => {
  it('finds a katakana word inside a longer one', () => {
    const text = new Set(analyze('Amazon Linux 2 のコンテナイメージを使用できます'));
    for (const term of queryTerms('コンテナ')) expect(text.has(term)).toBe(true);
    for (const term of queryTerms('イメージ')) expect(text.has(term)).toBe(true);
  });

  it('splits runs where the script changes and keeps the prolonged sound mark', () => {
    expect(queryTerms('サポートされていますか')).toEqual(['サポ', 'ポー', 'ート', 'され', 'れて', 'てい', 'いま', 'ます', 'すか']);
  });

  it('splits Hangul and Thai into bigrams too', () => {
    expect(queryTerms('컨테이너')).toEqual(['컨테', '테이', '이너']);
    expect(queryTerms('ภาษา').length).toBeGreaterThan(0);
  });
});

describe('highlighting, by the same analysis as the index', () => {
  const terms = (query: string) => queryTerms(query);

  it('marks Chinese words and English words by stem', () => {
    expect(highlight('启用内核实时补丁', terms('实时补丁'))).toEqual([
      { text: '启用内核', hit: false },
      { text: '实时补丁', hit: true },
    ]);
    expect(highlight('Apply patches now', terms('patching'))).toEqual([
      { text: 'Apply ', hit: false },
      { text: 'patches', hit: true },
      { text: ' now', hit: false },
    ]);
  });

  it.each([
    ['full-width letters', 'ＦＩＰＳ 模式', 'fips', [{ text: 'ＦＩＰＳ', hit: true }, { text: ' 模式', hit: false }]],
    ['a question word the index drops', '如何启用内核', '如何启用', [{ text: '如何', hit: false }, { text: '启用', hit: true }, { text: '内核', hit: false }]],
    ['characters outside the Basic Multilingual Plane', '𠮷野家 kernel', 'kernel', [{ text: '𠮷野家 ', hit: false }, { text: 'kernel', hit: true }]],
    ['markup in a query, as text', 'a <script> c', '<script>', [{ text: 'a <', hit: false }, { text: 'script', hit: true }, { text: '> c', hit: false }]],
  ])('%s', (_case, text, query, expected) => {
    expect(highlight(text, terms(query))).toEqual(expected);
  });

  it('cuts a snippet around the first match', () => {
    const text = `${'word '.repeat(60)}the kpatch command ${'tail '.repeat(60)}`;
    const pieces = snippet(text, terms('kpatch'), 80);
    expect(pieces[0]).toEqual({ text: '…', hit: false });
    expect(pieces.find((p) => p.hit)?.text).toBe('kpatch');
    expect(pieces.map((p) => p.text).join('').length).toBeLessThan(90);
  });

  it('never cuts a word or a highlighted term in half', () => {
    const text = `${'alpha '.repeat(30)}the kpatch command, then ${'livepatching '.repeat(30)}`;
    for (const length of [60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70]) {
      const pieces = snippet(text, terms('kpatch livepatching'), length);
      const shown = pieces.map((p) => p.text).join('');
      // Every word shown is a whole word of the text.
      for (const word of shown.replace(/…/g, ' ').split(/[\s,]+/).filter(Boolean)) expect(['alpha', 'the', 'kpatch', 'command', 'then', 'livepatching']).toContain(word);
      for (const hit of pieces.filter((p) => p.hit)) expect(['kpatch', 'livepatching']).toContain(hit.text);
    }
  });

  it('cuts Chinese text anywhere but inside a highlighted term', () => {
    const text = `${'这是一段很长的说明文字'.repeat(8)}内核实时补丁${'以及其他内容'.repeat(20)}`;
    for (const length of [40, 41, 42, 43, 44, 45]) {
      const pieces = snippet(text, terms('实时补丁'), length);
      expect(pieces.filter((p) => p.hit).map((p) => p.text).join('')).toContain('实时补丁');
    }
  });
});
