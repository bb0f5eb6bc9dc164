'use client';

import { useTranslations } from './ClientMessages';
import { useEffect, useRef, useState } from 'react';
import { idOfHash } from '@/i18n/paths';

function questionsOf(root: Element | null): HTMLDetailsElement[] {
  return root ? [...root.querySelectorAll<HTMLDetailsElement>(':scope > details')] : [];
}

function targetOfHash(): HTMLDetailsElement | null {
  const id = idOfHash(window.location.hash);
  if (!id) return null;
  const element = document.getElementById(id);
  return element instanceof HTMLDetailsElement ? element : null;
}

/**
 * Behaviour of the category accordion:
 * - `#<id>` in the URL (on load and on hashchange) opens that question and scrolls it into view;
 * - opening a question puts its id in the URL without adding history entries;
 * - one button expands or collapses every question.
 */
export function AccordionControls() {
  const t = useTranslations('category');
  const anchor = useRef<HTMLSpanElement>(null);
  const [mounted, setMounted] = useState(false);
  const [allOpen, setAllOpen] = useState(false);
  // Questions whose toggle event comes from "expand all" and must not touch the URL.
  const bulkPending = useRef(new Set<HTMLDetailsElement>());

  useEffect(() => {
    setMounted(true);
    const root = anchor.current?.closest('[data-accordion]') ?? null;
    const questions = questionsOf(root);
    const refresh = () => setAllOpen(questions.length > 0 && questions.every((q) => q.open));

    const openFromHash = () => {
      const target = targetOfHash();
      if (!target) return;
      target.open = true;
      target.scrollIntoView({ block: 'start' });
      target.querySelector('summary')?.focus({ preventScroll: true });
    };

    const onToggle = (event: Event) => {
      const question = event.target as HTMLDetailsElement;
      refresh();
      if (bulkPending.current.delete(question)) return;
      const hash = `#${question.id}`;
      if (question.open && window.location.hash !== hash) {
        history.replaceState(history.state, '', hash);
      } else if (!question.open && window.location.hash === hash) {
        history.replaceState(history.state, '', window.location.pathname + window.location.search);
      }
    };

    // `toggle` does not bubble; listen on each question.
    for (const q of questions) q.addEventListener('toggle', onToggle);
    window.addEventListener('hashchange', openFromHash);
    openFromHash();
    refresh();
    return () => {
      for (const q of questions) q.removeEventListener('toggle', onToggle);
      window.removeEventListener('hashchange', openFromHash);
    };
  }, []);

  const toggleAll = () => {
    const questions = questionsOf(anchor.current?.closest('[data-accordion]') ?? null);
    const open = !allOpen;
    for (const q of questions) {
      if (q.open === open) continue;
      bulkPending.current.add(q);
      q.open = open;
    }
    setAllOpen(open);
  };

  return (
    <span ref={anchor} className="accordion-controls">
      <button type="button" onClick={toggleAll} hidden={!mounted}>
        {allOpen ? t('collapseAll') : t('expandAll')}
      </button>
    </span>
  );
}
