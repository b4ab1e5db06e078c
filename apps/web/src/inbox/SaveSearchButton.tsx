import { App, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { ApiError } from '../api/errors';
import { useSession } from '../auth/use-session';
import { useMessages } from '../i18n/messages';
import type { SearchQuery } from '../search/search-params';
import { inboxMessages } from './messages';
import { useCreateSavedSearch } from './use-inbox';

/** Saves the search on screen (its query and filters, not its page or sort) to be alerted about. */
export default function SaveSearchButton({ query }: { query: SearchQuery }) {
  const t = useMessages(inboxMessages);
  const state = useSession();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ name: string }>();
  const create = useCreateSavedSearch();
  if (state.status !== 'signed-in') return null;
  const { page: _page, sort: _sort, limit: _limit, facets: _facets, ...filters } = query;
  const submit = ({ name }: { name: string }) => {
    if (create.isPending) return;
    create.mutate(
      {
        name: name.trim(),
        enabled: true,
        // page, limit and sort are accepted by the API and not stored
        query: { ...filters, type: filters.type ?? 'all', page: 1, limit: 10, sort: 'relevance' },
      },
      {
        onSuccess: () => {
          setOpen(false);
          void message.success(t('saveSearchDone'));
        },
        onError: (error) =>
          void message.error(
            t('failed', { message: error instanceof ApiError ? error.message : '' }),
          ),
      },
    );
  };
  return (
    <>
      <Button
        onClick={() => {
          form.setFieldsValue({ name: (query.q ?? '').slice(0, 100) });
          setOpen(true);
        }}
      >
        {t('saveSearch')}
      </Button>
      <Modal
        open={open}
        title={t('saveSearchTitle')}
        okText={t('save')}
        cancelText={t('cancel')}
        confirmLoading={create.isPending}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item
            name="name"
            label={t('saveSearchName')}
            rules={[
              { required: true, whitespace: true, message: t('saveSearchNameRequired') },
              { max: 100, message: t('saveSearchNameRequired') },
            ]}
          >
            <Input maxLength={100} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
