'use client';

import { useCallback, useEffect, useState } from 'react';
import type { Locale } from '@/i18n/locales';
import { totalBytes, filesToSave, type OfflineList } from '@/offline/offline-list';
import { savedRevision } from '@/offline/saved-locales';

/** Where saving a locale for offline reading is: what the footer control shows. */
export type OfflineSaveState =
  | { step: 'unsupported' }
  | { step: 'idle'; saved: boolean }
  | { step: 'checking' }
  | { step: 'confirm'; pages: number; bytes: number; outdated: boolean }
  | { step: 'saving'; done: number; total: number }
  | { step: 'saved' }
  | { step: 'failed'; count: number };

/**
 * The steps of saving a locale: ask the offline list what it takes, wait for the reader's yes, then
 * download with progress. The download code is loaded only when the reader asks.
 */
export function useOfflineSave(locale: Locale) {
  const [state, setState] = useState<OfflineSaveState>({ step: 'unsupported' });
  const [list, setList] = useState<OfflineList | undefined>(undefined);

  useEffect(() => {
    const supported = 'serviceWorker' in navigator && 'caches' in window && process.env.NODE_ENV === 'production';
    setState(supported ? { step: 'idle', saved: savedRevision(locale) !== undefined } : { step: 'unsupported' });
  }, [locale]);

  const check = useCallback(async () => {
    setState({ step: 'checking' });
    try {
      const { fetchOfflineList } = await import('@/offline/save-locale');
      const fetched = await fetchOfflineList(locale);
      const saved = savedRevision(locale);
      setList(fetched);
      setState({ step: 'confirm', pages: fetched.pages.length, bytes: totalBytes(fetched), outdated: saved !== undefined && saved !== fetched.revision });
    } catch {
      setState({ step: 'failed', count: 1 });
    }
  }, [locale]);

  const save = useCallback(async () => {
    if (!list) return;
    setState({ step: 'saving', done: 0, total: filesToSave(list).length });
    try {
      const { saveOfflineList } = await import('@/offline/save-locale');
      const failed = await saveOfflineList(list, (done, total) => setState({ step: 'saving', done, total }));
      setState(failed === 0 ? { step: 'saved' } : { step: 'failed', count: failed });
    } catch {
      setState({ step: 'failed', count: filesToSave(list).length });
    }
  }, [list]);

  const cancel = useCallback(() => setState({ step: 'idle', saved: savedRevision(locale) !== undefined }), [locale]);

  return { state, check, save, cancel };
}
