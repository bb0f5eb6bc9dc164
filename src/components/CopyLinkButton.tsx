'use client';

import { useTranslations } from './ClientMessages';
import { useEffect, useState } from 'react';

/** Copies the absolute URL of a question; announces the result to screen readers. */
export function CopyLinkButton({ path }: { path: string }) {
  const t = useTranslations('question');
  const [mounted, setMounted] = useState(false);
  const [message, setMessage] = useState('');
  useEffect(() => setMounted(true), []);

  const copy = async () => {
    const url = new URL(path, window.location.href).href;
    try {
      await navigator.clipboard.writeText(url);
      setMessage(t('linkCopied'));
    } catch {
      setMessage(t('copyFailed'));
    }
    window.setTimeout(() => setMessage(''), 4000);
  };

  return (
    <span className="copy-link">
      {/* Without JavaScript there is nothing to copy with: the button appears once it works. */}
      <button type="button" onClick={copy} hidden={!mounted} data-copy-link={path}>
        {t('copyLink')}
      </button>
      <span role="status" className="copy-status">
        {message}
      </span>
    </span>
  );
}
