import { Button, Flex, Form, Input } from 'antd';
import { useState } from 'react';
import { ApiError } from '../api/errors';
import { useMessages } from '../i18n/messages';
import { reviewMessages } from './messages';
import type { DecisionAction } from './use-review';

export interface Notice {
  type: 'success' | 'warning' | 'error';
  text: string;
}

interface Props {
  /** The positive decision, if this item can take one (approve, verify). */
  accept?: { action: 'approve' | 'verify'; label: string };
  /** The negative decision, which needs a reason (reject, revoke). */
  refuse: { action: 'reject' | 'revoke'; label: string; reasonLabel: string; confirm: string };
  decide: (action: DecisionAction, reason?: string) => Promise<void>;
  /** Told what happened (above the list, so it stays when the item leaves the queue). */
  report: (notice: Notice) => void;
  successText: (action: DecisionAction) => string;
  conflictText: string;
  /** Words for the API's codes this kind of item has (e.g. ADMIN_ONLY), checked first. */
  codeTexts?: Record<string, string>;
}

/**
 * A reviewer's decision on one item: accept at once, or refuse with a reason typed inline (no
 * modal). 409 says the item moved on and the queue is read again; 403 says it is one's own.
 */
export function DecisionBar({
  accept,
  refuse,
  decide,
  report,
  successText,
  conflictText,
  codeTexts = {},
}: Props) {
  const t = useMessages(reviewMessages);
  const [refusing, setRefusing] = useState(false);
  const [busy, setBusy] = useState<DecisionAction>();
  const [form] = Form.useForm<{ reason: string }>();

  const run = async (action: DecisionAction, reason?: string) => {
    if (busy) return;
    setBusy(action);
    try {
      await decide(action, reason);
      report({ type: 'success', text: successText(action) });
      setRefusing(false);
      form.resetFields();
    } catch (error) {
      if (error instanceof ApiError && codeTexts[error.code]) {
        report({ type: 'error', text: codeTexts[error.code] });
      } else if (error instanceof ApiError && error.status === 409) {
        report({ type: 'warning', text: conflictText });
      } else if (error instanceof ApiError && error.status === 403) {
        report({ type: 'error', text: t('forbiddenOwn') });
      } else if (error instanceof ApiError && error.fields.some((f) => f.field === 'reason')) {
        form.setFields([{ name: 'reason', errors: [t('reasonRule')] }]);
      } else {
        report({
          type: 'error',
          text: t('failed', { message: error instanceof ApiError ? error.message : '' }),
        });
      }
    } finally {
      setBusy(undefined);
    }
  };

  if (refusing) {
    return (
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) => void run(refuse.action, values.reason.trim())}
      >
        <Form.Item
          name="reason"
          label={refuse.reasonLabel}
          rules={[
            { required: true, whitespace: true, min: 2, max: 1000, message: t('reasonRule') },
          ]}
        >
          <Input.TextArea
            rows={3}
            maxLength={1000}
            showCount
            placeholder={t('reasonPlaceholder')}
          />
        </Form.Item>
        <Flex gap={8} wrap>
          <Button danger type="primary" htmlType="submit" loading={busy === refuse.action}>
            {refuse.confirm}
          </Button>
          <Button onClick={() => setRefusing(false)}>{t('cancel')}</Button>
        </Flex>
      </Form>
    );
  }
  return (
    <Flex gap={8} wrap>
      {accept && (
        <Button
          type="primary"
          loading={busy === accept.action}
          onClick={() => void run(accept.action)}
        >
          {accept.label}
        </Button>
      )}
      <Button danger onClick={() => setRefusing(true)}>
        {refuse.label}
      </Button>
    </Flex>
  );
}
