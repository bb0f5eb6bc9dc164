'use client';

import { useId } from 'react';
import { useLocale, useTranslations } from './ClientMessages';
import { useOfflineSave } from './useOfflineSave';

/** A size as readers read it: "840 kB", "2.3 MB". */
function formatSize(locale: string, bytes: number): string {
  const [value, unit] = bytes < 1e6 ? [bytes / 1e3, 'kilobyte'] : [bytes / 1e6, 'megabyte'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
}

/**
 * "Save this language for offline reading", in the footer: says how much it downloads first, then
 * shows the download's progress and its outcome. Shown only where a service worker can serve the
 * saved copy (not in the development server).
 */
export function OfflineSave() {
  const locale = useLocale();
  const t = useTranslations('offline');
  const { state, check, save, cancel } = useOfflineSave(locale);
  const progressId = useId();

  if (state.step === 'unsupported') return null;
  return (
    <div className="offline-save" data-offline-save={state.step}>
      {state.step === 'idle' && (
        <p>
          {state.saved && <>{t('saved')} </>}
          <button type="button" onClick={check}>
            {state.saved ? t('update') : t('save')}
          </button>
        </p>
      )}
      {state.step === 'checking' && <p>{t('progressLabel')}…</p>}
      {state.step === 'confirm' && (
        <p>
          {state.outdated && <>{t('outdated')} </>}
          {t('saveIntro')} {t('estimate', { pages: state.pages, size: formatSize(locale, state.bytes) })}{' '}
          <button type="button" onClick={save}>
            {t('download')}
          </button>{' '}
          <button type="button" onClick={cancel}>
            {t('cancel')}
          </button>
        </p>
      )}
      {state.step === 'saving' && (
        <p>
          <label htmlFor={progressId}>{t('progressLabel')}</label>{' '}
          <progress id={progressId} max={state.total} value={state.done} />{' '}
          <span className="offline-save-count">{t('progress', { done: state.done, total: state.total })}</span>
        </p>
      )}
      <p role="status">
        {state.step === 'saved' && t('saved')}
        {state.step === 'failed' && t('failed', { count: state.count })}
      </p>
      {state.step === 'failed' && (
        <p>
          <button type="button" onClick={check}>
            {t('save')}
          </button>
        </p>
      )}
    </div>
  );
}
