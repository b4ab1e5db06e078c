import { BellOutlined } from '@ant-design/icons';
import { Badge, Button } from 'antd';
import { Link } from 'react-router';
import { useMessages } from '../i18n/messages';
import { inboxMessages } from './messages';
import { useUnreadCount } from './use-inbox';

/** The header's bell: unread count, polled while the tab is visible. */
export default function UnreadBadge() {
  const t = useMessages(inboxMessages);
  const unread = useUnreadCount().data?.unread ?? 0;
  return (
    <Link
      to="/notifications"
      aria-label={t('unreadBadge', { count: unread })}
      data-testid="inbox-badge"
      data-unread={unread}
      className="rt-header-badge"
    >
      <Badge count={unread} size="small" overflowCount={99}>
        <Button type="text" icon={<BellOutlined />} tabIndex={-1} aria-hidden="true" />
      </Badge>
    </Link>
  );
}
