import { Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { formatDate } from '../components/format';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/messages';
import { KIND_LABELS, label } from '../i18n/vocabulary';
import { listingPath } from '../listings/listing-path';
import type { Notice } from './DecisionBar';
import { FieldDiff } from './FieldDiff';
import { ItemDecision } from './ItemDecision';
import { reviewMessages } from './messages';
import { QueueList } from './QueueList';
import type { Revision } from './use-review';

function RevisionCard({ revision, report }: { revision: Revision; report: (n: Notice) => void }) {
  const t = useMessages(reviewMessages);
  const { locale } = useLocale();
  return (
    <Card
      data-testid="pending-revision"
      title={
        <Flex gap={8} wrap align="center" className="rt-card-title">
          <Tag color="blue">{label(KIND_LABELS, revision.kind, locale)}</Tag>
          <Tag color="magenta">{t('revisionOf')}</Tag>
          <Link to={listingPath(revision.kind, revision.listingId)}>{revision.title}</Link>
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 3 }}
          items={[
            { key: 'org', label: t('organisation'), children: revision.organisation.name },
            {
              key: 'at',
              label: t('submittedAt'),
              children: formatDate(revision.updatedAt, locale),
            },
            {
              key: 'count',
              label: t('changedFields'),
              children: t('changedCount', { count: revision.changes.length }),
            },
          ]}
        />
        <Typography.Text type="secondary">{t('revisionHint')}</Typography.Text>
        <FieldDiff changes={revision.changes} />
        <ItemDecision
          type="revision"
          item={revision}
          report={report}
          successText={(action) =>
            t(action === 'approve' ? 'approved' : 'rejected', { title: revision.title })
          }
        />
      </Flex>
    </Card>
  );
}

/** Edits of published listings (the API leaves out the reviewer's own organisation's). */
export function RevisionsTab({ report }: { report: (n: Notice) => void }) {
  const t = useMessages(reviewMessages);
  return (
    <QueueList
      type="revision"
      emptyText={t('emptyRevisions')}
      itemKey={(revision) => `${revision.id}-${revision.version}`}
      renderItem={(revision) => <RevisionCard revision={revision} report={report} />}
    />
  );
}
