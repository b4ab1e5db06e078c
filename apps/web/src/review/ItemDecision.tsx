import { Alert } from 'antd';
import { useMessages } from '../i18n/messages';
import { DecisionBar, type Notice } from './DecisionBar';
import { reviewMessages } from './messages';
import { useOwnOrganisationIds } from './own-organisations';
import {
  organisationOf,
  useDecide,
  type DecisionAction,
  type QueueItems,
  type ReviewItemType,
} from './use-review';

interface Props<T extends ReviewItemType> {
  type: T;
  item: QueueItems[T];
  report: (notice: Notice) => void;
  successText: (action: DecisionAction) => string;
  /** The positive decision; approve unless said otherwise, none when `null`. */
  accept?: { action: 'approve' | 'verify'; label: string } | null;
  /** The negative decision with its reason; reject unless said otherwise. */
  refuse?: { action: 'reject' | 'revoke'; label: string; reasonLabel: string; confirm: string };
  conflictText?: string;
  codeTexts?: Record<string, string>;
}

/**
 * A reviewer's decision on one queued item of any type: the reviewer's own organisation's
 * items get a hint instead of buttons; otherwise approve or refuse with a reason through the
 * queue's own API call.
 */
export function ItemDecision<T extends ReviewItemType>({
  type,
  item,
  report,
  successText,
  accept,
  refuse,
  conflictText,
  codeTexts,
}: Props<T>) {
  const t = useMessages(reviewMessages);
  const own = useOwnOrganisationIds();
  const decide = useDecide(type);
  const organisationId = organisationOf(type, item);
  if (organisationId !== null && own.has(organisationId)) {
    return <Alert type="info" showIcon title={t('ownOrganisationHint')} />;
  }
  return (
    <DecisionBar
      accept={accept === null ? undefined : (accept ?? { action: 'approve', label: t('approve') })}
      refuse={
        refuse ?? {
          action: 'reject',
          label: t('reject'),
          reasonLabel: t('reason'),
          confirm: t('confirmReject'),
        }
      }
      decide={async (action, reason) => {
        await decide.mutateAsync({ item, action, reason });
      }}
      report={report}
      successText={successText}
      conflictText={conflictText ?? t('conflict')}
      codeTexts={codeTexts}
    />
  );
}
