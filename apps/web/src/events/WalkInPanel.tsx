import { Alert, Button, Card, Flex, Form, Input, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../api/client';
import { unwrap } from '../api/errors';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/messages';
import { formatDateTime } from './event-format';
import { eventMessages } from './messages';
import { problemText } from './problem-text';

interface WalkInForm {
  organisationId: string;
  name: string;
  title: string;
}

type Proposal = Awaited<ReturnType<typeof loadProposals>>[number];

const loadProposals = (id: string, registrationId: string) =>
  unwrap(
    api.GET('/api/v1/events/{id}/walk-ins/{registrationId}/proposals', {
      params: { path: { id, registrationId } },
    }),
  );

/**
 * 现场登记 at the check-in desk while the event runs: register an organisation that turned up
 * (approved and checked in at once), then book the suggested meetings later today, best match
 * first, one click each.
 */
export function WalkInPanel({ eventId }: { eventId: string }) {
  const t = useMessages(eventMessages);
  const { locale } = useLocale();
  const [form] = Form.useForm<WalkInForm>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [walkIn, setWalkIn] = useState<{ id: string; name: string } | null>(null);
  const [proposals, setProposals] = useState<Proposal[] | null>(null);
  const [arranged, setArranged] = useState<string[]>([]);

  const register = async (values: WalkInForm) => {
    setBusy(true);
    setError(null);
    try {
      const registration = await unwrap(
        api.POST('/api/v1/events/{id}/walk-ins', {
          params: { path: { id: eventId } },
          body: {
            organisationId: values.organisationId.trim(),
            attendees: [{ name: values.name.trim(), title: values.title.trim() }],
          },
        }),
      );
      setWalkIn({ id: registration.id, name: registration.organisationName });
      setArranged([]);
      setProposals(await loadProposals(eventId, registration.id));
      form.resetFields();
    } catch (e) {
      setError(problemText(t, e));
    } finally {
      setBusy(false);
    }
  };

  const arrange = async (proposal: Proposal) => {
    if (!walkIn) return;
    setBusy(true);
    setError(null);
    try {
      await unwrap(
        api.POST('/api/v1/events/{id}/walk-ins/{registrationId}/proposals/confirm', {
          params: { path: { id: eventId, registrationId: walkIn.id } },
          body: {
            meetings: [
              {
                counterpartRegistrationId: proposal.counterpartRegistrationId,
                slot: proposal.slot,
                tableIndex: proposal.tableIndex,
              },
            ],
          },
        }),
      );
      setArranged((list) => [...list, proposal.counterpartRegistrationId]);
    } catch (e) {
      setError(problemText(t, e));
    } finally {
      // Another desk may have taken a table meanwhile: show what is free now.
      setProposals(await loadProposals(eventId, walkIn.id).catch(() => proposals));
      setBusy(false);
    }
  };

  return (
    <Card title={t('walkInTitle')} data-testid="walk-in">
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('walkInHint')}</Typography.Text>
        <Form form={form} layout="vertical" onFinish={(v) => void register(v)}>
          <Form.Item
            name="organisationId"
            label={t('walkInOrganisation')}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input autoComplete="off" />
          </Form.Item>
          <Flex gap={8}>
            <Form.Item
              name="name"
              label={t('walkInAttendeeName')}
              rules={[{ required: true, whitespace: true, max: 50 }]}
              style={{ flex: 1 }}
            >
              <Input autoComplete="off" />
            </Form.Item>
            <Form.Item
              name="title"
              label={t('walkInAttendeeTitle')}
              rules={[{ required: true, whitespace: true, max: 50 }]}
              style={{ flex: 1 }}
            >
              <Input autoComplete="off" />
            </Form.Item>
          </Flex>
          <Button htmlType="submit" loading={busy} block>
            {t('walkInSubmit')}
          </Button>
        </Form>
        {error && <Alert role="alert" showIcon type="error" title={error} />}
        {walkIn && (
          <Alert
            role="status"
            showIcon
            type="success"
            title={t('walkInDone', { name: walkIn.name })}
          />
        )}
        {walkIn && proposals && (
          <List
            data-testid="walk-in-proposals"
            header={t('walkInProposals')}
            bordered
            size="small"
            locale={{ emptyText: t('walkInNoProposals') }}
            dataSource={proposals}
            renderItem={(p) => (
              <List.Item
                actions={[
                  <Button
                    key="arrange"
                    type="primary"
                    loading={busy}
                    onClick={() => void arrange(p)}
                  >
                    {t('confirmArrange')}
                  </Button>,
                ]}
              >
                <List.Item.Meta
                  title={
                    <span>
                      {p.counterpartOrganisationName}{' '}
                      <Tag color="blue">
                        {t('matchScore')} {p.matchScore}
                      </Tag>
                    </span>
                  }
                  description={
                    <>
                      <div>
                        {formatDateTime(p.startsAt, locale)} · {p.tableName}
                      </div>
                      <div>
                        {t('recommendReason')}：
                        {p.reasons.map((r) => (locale === 'zh-CN' ? r.zh : r.en)).join('；')}
                      </div>
                    </>
                  }
                />
              </List.Item>
            )}
          />
        )}
        {arranged.length > 0 && (
          <Alert role="status" showIcon type="success" title={t('arranged')} />
        )}
      </Flex>
    </Card>
  );
}
