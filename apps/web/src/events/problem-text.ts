import { ApiError, NetworkError } from '../api/errors';
import type { Translate } from '../i18n/messages';
import { eventMessages, type EventMessageKey } from './messages';

/** What went wrong, in the page's language: the API's known codes as sentences, else its words. */
export function problemText(t: Translate<EventMessageKey>, error: unknown): string {
  if (error instanceof ApiError) {
    const key = `err_${error.code}`;
    if (key in eventMessages['zh-CN']) return t(key as EventMessageKey);
    const fields = error.fields.map((f) => `${f.field}：${f.messages.join('；')}`);
    return [error.message, ...fields].join('；');
  }
  if (error instanceof NetworkError) return 'network';
  return String(error);
}
