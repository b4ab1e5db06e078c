import { Card, Descriptions, Flex } from 'antd';
import { Link } from 'react-router';
import { formatDate } from '../components/format';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/messages';
import type { Notice } from './DecisionBar';
import { ItemDecision } from './ItemDecision';
import { reviewMessages } from './messages';
import { QueueList } from './QueueList';
import type { NameChange } from './use-review';

function NameChangeCard({ change, report }: { change: NameChange; report: (n: Notice) => void }) {
  const t = useMessages(reviewMessages);
  const { locale } = useLocale();
  return (
    <Card
      data-testid="name-change"
      title={
        <Flex gap={8} wrap align="center" className="rt-card-title">
          <Link to={`/organisations/${change.organisationId}`}>{change.currentName}</Link>
          <span aria-hidden>→</span>
          <strong>{change.toName}</strong>
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2 }}
          items={[
            { key: 'from', label: t('currentName'), children: change.currentName },
            { key: 'to', label: t('requestedName'), children: change.toName },
            { key: 'uscc', label: t('uscc'), children: change.organisationUscc },
            { key: 'by', label: t('requestedBy'), children: change.requestedByName ?? '—' },
            { key: 'at', label: t('submittedAt'), children: formatDate(change.createdAt, locale) },
          ]}
        />
        <ItemDecision
          type="name"
          item={change}
          report={report}
          successText={(action) =>
            t(action === 'approve' ? 'nameApproved' : 'nameRejected', { name: change.toName })
          }
        />
      </Flex>
    </Card>
  );
}

/** Organisation name changes: the public name stays until a reviewer approves the new one. */
export function NameChangesTab({ report }: { report: (n: Notice) => void }) {
  const t = useMessages(reviewMessages);
  return (
    <QueueList
      type="name"
      emptyText={t('emptyNames')}
      itemKey={(change) => change.id}
      renderItem={(change) => <NameChangeCard change={change} report={report} />}
    />
  );
}
