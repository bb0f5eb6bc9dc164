import en from './messages/en.json';
import zhCN from './messages/zh-CN.json';
import type { Locale } from './locales';

export type Messages = typeof zhCN;

const catalog: Record<Locale, Messages> = { 'zh-CN': zhCN, en };

export function loadMessages(locale: Locale): Messages {
  return catalog[locale];
}

/** Fills `{name}` slots; for the few strings used outside React (Markdown rendering, feeds). */
export function interpolate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) =>
    name in values ? String(values[name]) : slot,
  );
}
