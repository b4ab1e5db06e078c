import { useQuery } from '@tanstack/react-query';
import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { fetchEntry, type ReferenceKind } from '../components/reference-options';
import { useLocale, type Locale } from '../i18n/locale';
import { useMessages } from '../i18n/messages';
import {
  label,
  maturityStage,
  MODE_LABELS,
  ORGANISATION_TYPE_LABELS,
  TIER_LABELS,
} from '../i18n/vocabulary';
import { FIELD_LABELS, reviewMessages, TEXT_FIELDS } from './messages';
import { textChange } from './text-diff';
import type { FieldChange } from './use-review';

/** A region or industry code with its name (the revision carries codes only). */
function ReferenceName({ kind, code }: { kind: ReferenceKind; code: string }) {
  const entry = useQuery({
    queryKey: ['reference-entry', kind, code],
    queryFn: () => fetchEntry(kind, code),
    staleTime: Infinity,
  });
  return (
    <span>
      {entry.data?.fullName ?? code}
      {entry.data && <Typography.Text type="secondary"> （{code}）</Typography.Text>}
    </span>
  );
}

const LABELLED_LISTS: Record<string, Record<string, { zh: string; en: string }>> = {
  cooperationModes: MODE_LABELS,
  transferModes: MODE_LABELS,
  eligibleOrganisationTypes: ORGANISATION_TYPE_LABELS,
};

/** A scalar as text; anything nested as JSON. */
function plain(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return `${value}`;
  return value === null || value === undefined ? '' : JSON.stringify(value);
}

/** `{ name: '续航', target: '≥ 500', unit: 'km' }` → "续航：≥ 500 km"; other objects key by key. */
function objectText(value: Record<string, unknown>): string {
  if (typeof value.name === 'string' && 'target' in value) {
    return `${value.name}：${plain(value.target)}${value.unit ? ` ${plain(value.unit)}` : ''}`;
  }
  return Object.entries(value)
    .filter(([, item]) => item !== null && item !== undefined && item !== '')
    .map(([key, item]) => `${key}: ${plain(item)}`)
    .join('，');
}

function isEmpty(value: unknown): boolean {
  return (
    value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length)
  );
}

/** One field's value as a reviewer reads it: names for codes, labels for vocabularies. */
function FieldValue({ field, value, locale }: { field: string; value: unknown; locale: Locale }) {
  const t = useMessages(reviewMessages);
  if (isEmpty(value)) return <Typography.Text type="secondary">{t('empty')}</Typography.Text>;
  if (typeof value === 'boolean') return <>{value ? t('yes') : t('no')}</>;
  if (field === 'regionCode' && typeof value === 'string') {
    return <ReferenceName kind="regions" code={value} />;
  }
  if (field === 'industryCode' && typeof value === 'string') {
    return <ReferenceName kind="industries" code={value} />;
  }
  if ((field === 'trl' || field === 'desiredTrl') && typeof value === 'number') {
    const stage = maturityStage(value, locale);
    return <>{stage ? `TRL ${value}（${stage}）` : `TRL ${value}`}</>;
  }
  if (field === 'minTier' && typeof value === 'string')
    return <>{label(TIER_LABELS, value, locale)}</>;
  if (Array.isArray(value)) {
    const items = value as unknown[];
    if (field === 'eligibleRegionCodes') {
      return (
        <ul className="rt-diff-list">
          {items.map((code) => (
            <li key={String(code)}>
              <ReferenceName kind="regions" code={String(code)} />
            </li>
          ))}
        </ul>
      );
    }
    const labels = LABELLED_LISTS[field];
    if (items.every((item) => typeof item !== 'object' || item === null)) {
      return (
        <>
          {items
            .map((item) => (labels ? label(labels, String(item), locale) : String(item)))
            .join('、')}
        </>
      );
    }
    return (
      <ul className="rt-diff-list">
        {items.map((item, index) => (
          <li key={index}>{objectText(item as Record<string, unknown>)}</li>
        ))}
      </ul>
    );
  }
  if (typeof value === 'object') return <>{objectText(value as Record<string, unknown>)}</>;
  return <>{plain(value)}</>;
}

function Cell({
  caption,
  tone,
  children,
}: {
  caption: string;
  tone: 'old' | 'new';
  children: ReactNode;
}) {
  return (
    <div className={`rt-diff-cell rt-diff-${tone}`}>
      <div className="rt-diff-caption">{caption}</div>
      <div className="rt-diff-value">{children}</div>
    </div>
  );
}

/**
 * The field-by-field diff of an edit: for each changed field, the published value beside the
 * proposed one (stacked on a phone). In running text only the replaced words are marked.
 */
export function FieldDiff({ changes }: { changes: FieldChange[] }) {
  const t = useMessages(reviewMessages);
  const { locale } = useLocale();
  return (
    <dl className="rt-diff" data-testid="field-diff">
      {changes.map((change) => {
        const name = label(FIELD_LABELS, change.field, locale);
        const text =
          TEXT_FIELDS.has(change.field) &&
          typeof change.old === 'string' &&
          typeof change.new === 'string'
            ? textChange(change.old, change.new)
            : undefined;
        return (
          <div className="rt-diff-field" key={change.field} data-field={change.field}>
            <dt>{name}</dt>
            <dd>
              <Cell caption={t('oldValue')} tone="old">
                {text ? (
                  <span className="rt-diff-text">
                    {text.before}
                    {text.removed && <del>{text.removed}</del>}
                    {text.after}
                  </span>
                ) : (
                  <FieldValue field={change.field} value={change.old} locale={locale} />
                )}
              </Cell>
              <Cell caption={t('newValue')} tone="new">
                {text ? (
                  <span className="rt-diff-text">
                    {text.before}
                    {text.added && <ins>{text.added}</ins>}
                    {text.after}
                  </span>
                ) : (
                  <FieldValue field={change.field} value={change.new} locale={locale} />
                )}
              </Cell>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
