import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectContent } from '@/content/load';
import type { Entry } from '@/content/model';
import { locales } from '@/i18n/locales';

// The real Amazon Linux 2 FAQ, as the build publishes it.
const result = inspectContent({ root: path.resolve('content'), includeDrafts: false, today: '2026-11-27' });
const byId = (locale: (typeof locales)[number]) => new Map(result.site.locales[locale].entries.map((e) => [e.id, e]));
const zh = byId('zh-CN');
const en = byId('en');

describe('the published FAQ', () => {
  it('has no content problems', () => {
    expect(result.problems).toEqual([]);
  });

  it('has the same ids in both locales, every one translated', () => {
    expect([...en.keys()].sort()).toEqual([...zh.keys()].sort());
    expect(result.fallbacks).toEqual([]);
    expect(zh.size).toBeGreaterThanOrEqual(75);
  });

  it('has no empty entry: a question, an answer and search keywords in each', () => {
    for (const entries of [zh, en]) {
      for (const entry of entries.values()) {
        expect(entry.question.length, entry.file).toBeGreaterThan(5);
        expect(entry.text.length, entry.file).toBeGreaterThan(20);
        expect(entry.keywords.length, entry.file).toBeGreaterThan(0);
        expect(entry.contentLocale, entry.file).toBe(entry.locale);
      }
    }
  });

  it('has questions in every category it lists', () => {
    const categories = new Set([...zh.values()].map((e) => e.category));
    expect([...categories].sort()).toEqual(result.site.locales['zh-CN'].categories.map((c) => c.id).sort());
    expect(categories.size).toBeGreaterThan(1);
  });
});

// Facts of the source document, written the same way in both languages.
const facts: Record<string, string[]> = {
  'core-components': ['systemd', 'GCC 7.3', 'Glibc 2.26', 'Binutils 2.29.1'],
  '32-bit-support': ['yum upgrade', '2018', '4'],
  'source-code': ['yumdownloader --source'],
  'python-2-support': ['Python 2.7', '2020'],
  'default-python': ['2.7'],
  'supported-instance-types': ['HVM'],
  'desktop-gui': ['MATE', 'WorkSpaces'],
  'kernel-5-10-features': ['5.10', 'Ice Lake', 'Graviton 2'],
  'kernel-5-10-security': ['WireGuard', 'BPF', 'CO-RE'],
  'kernel-5-10-io-networking': ['io_uring', 'exFAT', 'MPTCP'],
  'lts-scope': (
    'elfutils-libelf glibc glibc-utils hesiod krb5-libs libgcc libgomp libstdc++ libtbb.so libtbbmalloc.so ' +
    'libtbbmalloc_proxy.so libusb libxml2 libxslt pam audit-libs audit-libs-python bzip2-libs c-ares clutter ' +
    'cups-libs cyrus-sasl-gssapi cyrus-sasl-lib cyrus-sasl-md5 dbus-glib dbus-libs elfutils-libs expat fuse-libs ' +
    'glib2 gmp gnutls httpd libICE libSM libX11 libXau libXaw libXext libXft libXi libXinerama libXpm libXrandr ' +
    'libXrender libXt libXtst libacl libaio libatomic libattr libblkid libcap-ng libdb libdb-cxx libgudev1 ' +
    'libhugetlbfs libnotify libpfm libsmbclient libtalloc libtdb libtevent libuuid ncurses-libs nss nss-sysinit ' +
    'numactl openssl p11-kit papi pcre perl perl-Digest-SHA perl-Time-Piece perl-libs popt python python-libs ' +
    'readline realmd ruby scl-utils sqlite systemd-libs systemtap tcl tcp_wrappers-libs xz-libs zlib'
  ).split(' '),
  'supported-hypervisors': ['KVM', 'Hyper-V', 'VirtualBox', 'VMware ESXi'],
  'vm-requirements': ['512 MB', '64', 'BIOS'],
  'security-advisories': ['CVSSv3', 'CVSSv2', '2018', '0', '10'],
  'cve-assessment': ['CVE', 'CVSS', 'NVD'],
  'validated-modules': [
    'OpenSSL', 'openssl1.0.2k', '4548', 'Libgcrypt', 'libgcrypt-1.5', '3618', 'NSS', 'nss-softokn-3.36',
    'nss-softokn-freebl-3.36', '4565', 'GnuTLS', 'gnutls-3.3', '4472', 'Kernel Crypto API', 'kernel-4.14', '4593',
  ],
  'fips-140-2-status': ['140-2', '140-3', '2020', 'CMVP'],
  'certificates-historical': ['2024', '4.8', 'AL2023'],
  'fips-architectures': ['Intel', 'Graviton'],
  'what-are-extras': [
    'tomcat9', 'memcached 1.5', 'Corretto 1.0.0_242', 'Postgresql 13', 'MariaDB 10.5', 'Go 1.9', 'Redis 6.0', 'R 4',
    'Rust 1.38.0',
  ],
  'extras-topics': ['Rust', 'cmake', 'cargo', 'LLVM'],
  'install-from-extras': ['amazon-linux-extras', 'sudo amazon-linux-extras install rust1'],
  'isv-ecosystem': [
    'Chef', 'Puppet', 'Vertica', 'Trend Micro', 'Hashicorp', 'Datadog', 'Weaveworks', 'Aqua Security', 'Tigera',
    'SignalFX',
  ],
  'new-amazon-linux-releases': ['2025', '2026'],
  'upgrade-from-lts-candidate': ['LTS', '2'],
  'enable-and-apply': [
    'sudo yum install -y yum-plugin-kernel-livepatch', 'sudo yum kernel-livepatch enable -y',
    'sudo systemctl enable kpatch.service', 'sudo amazon-linux-extras enable livepatch', 'yum check-update kernel',
    'yum updateinfo list', 'sudo yum update --security', 'kpatch list',
  ],
  'which-fixes': ['CVSS', '7'],
  'supported-platforms': ['x86_64', 'HVM', 'VMware Cloud on AWS', 'VMware ESXi', 'VirtualBox', 'KVM', 'Hyper-V', 'ARM'],
  'limitations': ['SystemTap', 'kprobes', 'eBPF', 'ftrace'],
  'alas-entries': ['ALASLIVEPATCH-<datestamp>', 'kernel-livepatch-<kernel-version>'],
  'support-window': ['3', '6'],
  'check-kernel-support': ['yum kernel-livepatch supported'],
  'yum-workflows': ['yum update', 'yum update kernel', 'yum update --security', 'yum update all'],
  'signing': ['GPG', 'RPM'],
  'reboot-still-needed': ['3'],
};

// Lifecycle dates are data: each answer must refer to its milestone, not retype the date.
const milestones: Record<string, string[]> = {
  'end-of-support-date': ['al2-end-of-support'],
  'migrate-to-al2023': ['al2-end-of-support', 'al2023-end-of-support'],
  'amazon-linux-ami-support': ['amazon-linux-ami-end-of-updates'],
  'fips-140-2-status': ['fips-140-2-sunset'],
  'validated-modules': [
    'fips-cert-4548-expiry', 'fips-cert-3618-expiry', 'fips-cert-4565-expiry', 'fips-cert-4472-expiry',
    'fips-cert-4593-expiry',
  ],
};

describe.each([
  ['zh-CN', zh],
  ['en', en],
] as const)('facts of the source in %s', (_locale, entries) => {
  const entry = (id: string): Entry => {
    const found = entries.get(id);
    if (!found) throw new Error(`no entry ${id}`);
    return found;
  };

  it.each(Object.entries(facts))('%s states every fact', (id, expected) => {
    const text = entry(id).text;
    for (const fact of expected) expect(text, `${id}: ${fact}`).toContain(fact);
  });

  it.each(Object.entries(milestones))('%s shows its lifecycle dates from data', (id, expected) => {
    for (const milestone of expected) expect(entry(id).html).toContain(`data-milestone="${milestone}"`);
  });

  it('publishes the three security RSS feeds', () => {
    const html = entry('security-feeds').html;
    for (const feed of ['alas.rss', 'AL2/alas.rss', 'AL2023/alas.rss']) {
      expect(html).toContain(`https://alas.aws.amazon.com/${feed}`);
    }
  });

  it('links the "see question 2" of the source to the end-of-support question', () => {
    expect(entry('migrate-to-al2023').html).toMatch(/href="\/[^/]+\/lifecycle\/end-of-support-date\/"/);
  });

  it('writes every command as a code block', () => {
    expect((entry('enable-and-apply').html.match(/<pre[^>]*><code class="language-bash">/g) ?? []).length).toBe(8);
    expect(entry('install-from-extras').html).toMatch(/<pre[^>]*><code class="language-bash">sudo amazon-linux-extras install rust1/);
  });
});

// Sentences whose tense Amazon Linux 2's end of support (2026-06-30) decides: before it they are
// true in the present, after it only in the past. Each answer says them through {{when:…}}.
describe('the tense of Amazon Linux 2 support, on either side of its end', () => {
  const on = (today: string) => {
    const loaded = inspectContent({ root: path.resolve('content'), includeDrafts: false, today });
    return (locale: (typeof locales)[number], id: string) =>
      loaded.site.locales[locale].entries.find((e) => e.id === id)?.text ?? `no entry ${id}`;
  };
  const before = on('2026-05-01');
  const after = on('2026-11-27');
  const cases: [string, (typeof locales)[number], string, string][] = [
    ['aws-support', 'en', 'is supported through an AWS Support subscription', 'was supported through an AWS Support subscription'],
    ['aws-support', 'zh-CN', '即可获得支持', '曾可获得支持'],
    ['on-premises-updates', 'en', 'AWS provides security updates', 'AWS provided security updates'],
    ['on-premises-updates', 'zh-CN', 'AWS 会为所有核心软件包', 'AWS 曾为所有核心软件包'],
    ['reboot-still-needed', 'en', 'receives live patches for about 3 months', 'received live patches for about 3 months'],
    ['reboot-still-needed', 'zh-CN', '3 个月内会收到实时补丁', '3 个月内曾收到实时补丁'],
    ['support-window', 'en', 'Amazon Linux provides kernel live patches', 'Amazon Linux provided kernel live patches'],
    ['which-fixes', 'en', 'AWS generally provides kernel live patches', 'AWS generally provided kernel live patches'],
    ['which-fixes', 'zh-CN', 'AWS 通常会为默认的', '终止支持之前，AWS 通常为默认的'],
    ['backported-fixes', 'en', 'Amazon typically takes fixes', 'Amazon typically took fixes'],
    ['what-is-amazon-linux-2', 'en', 'comes with long-term support until', 'came with long-term support, which ended on'],
    ['what-is-amazon-linux-2', 'zh-CN', '并提供长期支持', '并曾提供长期支持'],
    ['core-components', 'en', 'that receive Long Term Support', 'that received Long Term Support'],
    ['lts-scope', 'en', 'AWS maintains user-space', 'AWS maintained user-space'],
    ['lts-scope', 'zh-CN', 'AWS 会为以下核心软件包', 'AWS 曾为以下核心软件包'],
  ];
  it.each(cases)('%s (%s) speaks in the present before and in the past after', (id, locale, present, past) => {
    expect(before(locale, id)).toContain(present);
    expect(before(locale, id)).not.toContain(past);
    expect(after(locale, id)).toContain(past);
    expect(after(locale, id)).not.toContain(present);
  });
});
