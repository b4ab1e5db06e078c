import { Alert, App, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../api/errors';
import { accountMessages } from '../auth/account-messages';
import { confirmRules, newPasswordRules, showPasswordErrors } from '../auth/password-rules';
import { session } from '../auth/session';
import { useMessages } from '../i18n/messages';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** The current password and a new one; other devices are signed out, this one stays. */
export function ChangePasswordCard() {
  const t = useMessages(accountMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (values: Values) => {
    setBusy(true);
    setFailure(undefined);
    try {
      await session.changePassword(values.currentPassword, values.newPassword);
      form.resetFields();
      void message.success(t('changed'));
    } catch (error) {
      const placed = showPasswordErrors(form, error, t, {
        currentPassword: 'currentPassword',
        newPassword: 'newPassword',
      });
      if (!placed) {
        setFailure(error instanceof ApiError && error.status === 429 ? t('tooMany') : t('failed'));
      }
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title={t('changeTitle')}>
      <Typography.Paragraph type="secondary">{t('changeIntro')}</Typography.Paragraph>
      {failure && (
        <Alert type="error" showIcon role="alert" title={failure} className="rt-form-alert" />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        className="rt-narrow-form"
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="currentPassword"
          label={t('currentPassword')}
          rules={[{ required: true, message: t('required') }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('newPassword')}
          extra={t('passwordHint')}
          rules={newPasswordRules(t)}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('confirmPassword')}
          dependencies={['newPassword']}
          rules={confirmRules(t, 'newPassword')}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('change')}
        </Button>
      </Form>
    </Card>
  );
}
