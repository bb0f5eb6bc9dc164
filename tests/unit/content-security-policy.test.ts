import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHeadersFile } from '@/security/headers-file';
import { inlineScriptHashes, withPagePolicy } from '@/static-export/page-policy';

describe('per-page script policy', () => {
  const page = '<html><head><meta charSet="utf-8"/><script src="/a.js"></script></head><body><script>alert(1)</script><script type="application/ld+json">{}</script></body></html>';

  it('hashes the executable inline scripts only', () => {
    // sha256("alert(1)") in base64
    expect(inlineScriptHashes(page)).toEqual(["'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"]);
  });

  it('puts the policy right after the charset, before any script, and is idempotent', () => {
    const secured = withPagePolicy(page);
    expect(secured.indexOf('Content-Security-Policy')).toBeLessThan(secured.indexOf('<script'));
    expect(secured.indexOf('charSet')).toBeLessThan(secured.indexOf('Content-Security-Policy'));
    expect(withPagePolicy(secured)).toBe(secured);
  });
});

describe('the documented headers', () => {
  const headers = readHeadersFile(path.resolve('public/_headers'));

  it('set a policy that forbids plugins, framing and foreign scripts', () => {
    expect(headers['Content-Security-Policy']).toMatch(/default-src 'self'/);
    expect(headers['Content-Security-Policy']).toMatch(/frame-ancestors 'none'/);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
  });

  it('are the same in the nginx snippet of docs/deploying.md', () => {
    const readme = readFileSync(path.resolve('docs/deploying.md'), 'utf8');
    for (const [name, value] of Object.entries(headers)) {
      expect(readme).toContain(`add_header ${name} "${value}" always;`);
    }
  });
});
