'use client';

import { useTranslations } from './ClientMessages';
import { useEffect } from 'react';

/**
 * Adds a "Copy" button to every code block of the answers on the page. The answers are static
 * HTML, so the buttons are added to the DOM once the page runs; each announces its result.
 */
export function CodeCopyButtons() {
  const t = useTranslations('code');
  useEffect(() => {
    for (const pre of document.querySelectorAll<HTMLPreElement>('.answer pre')) {
      if (pre.parentElement?.classList.contains('code-block')) continue;
      const wrapper = document.createElement('div');
      wrapper.className = 'code-block';
      pre.replaceWith(wrapper);
      wrapper.append(pre);
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'code-copy';
      button.textContent = t('copy');
      button.setAttribute('aria-label', t('copyLabel'));
      const status = document.createElement('span');
      status.setAttribute('role', 'status');
      status.className = 'visually-hidden';
      button.addEventListener('click', async () => {
        try {
          await navigator.clipboard.writeText(pre.innerText.replace(/\n$/, ''));
          status.textContent = t('copied');
          button.textContent = '✓';
        } catch {
          status.textContent = '';
        }
        window.setTimeout(() => {
          button.textContent = t('copy');
          status.textContent = '';
        }, 2000);
      });
      wrapper.append(button, status);
    }
  }, [t]);
  return null;
}
