import { GlobalOutlined, UserOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Layout, Menu, Space, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import type { ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { accountMessages } from '../auth/account-messages';
import { session } from '../auth/session';
import { rolesOf, useSession } from '../auth/use-session';
import { commonMessages } from '../i18n/common-messages';
import { useLocale } from '../i18n/locale';
import { useMessages } from '../i18n/messages';
import { PageSkeleton } from '../components/PageSkeleton';
import { appRoutes } from './routes';

const { Header, Content, Footer } = Layout;

/** Signed-in only, so its code is not in the public pages' first load. */
const UnreadBadge = lazy(() => import('../inbox/UnreadBadge'));

/** Navigation entries this visitor may use, in order. */
function useNavigation() {
  const state = useSession();
  const { locale } = useLocale();
  const roles = rolesOf(state);
  return appRoutes
    .filter((route) => route.nav && (!route.nav.roles || route.nav.roles.some((r) => roles.has(r))))
    .sort((a, b) => a.nav!.order - b.nav!.order)
    .map((route) => ({
      key: route.path,
      icon: route.nav!.icon,
      label: (
        <Link to={route.path}>
          {locale === 'zh-CN' ? route.nav!.label.zh : route.nav!.label.en}
        </Link>
      ),
    }));
}

function AccountMenu() {
  const state = useSession();
  const t = useMessages(commonMessages);
  const account = useMessages(accountMessages);
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  if (state.status === 'restoring') return null;
  if (state.status === 'signed-out') {
    return (
      <Space>
        <Link to="/sign-in">{t('signIn')}</Link>
        <Link to="/sign-up">
          <Button type="primary" size="small">
            {t('signUp')}
          </Button>
        </Link>
      </Space>
    );
  }
  return (
    <Space>
      <Suspense fallback={null}>
        <UnreadBadge />
      </Suspense>
      <Dropdown
        menu={{
          items: [
            { key: 'account', label: <Link to="/account">{t('navAccount')}</Link> },
            { key: 'inbox', label: <Link to="/notifications">{t('navInbox')}</Link> },
            {
              key: 'preferences',
              label: <Link to="/settings/notifications">{t('navPreferences')}</Link>,
            },
            {
              key: 'uscc-claims',
              label: <Link to="/my/uscc-claims">{t('navUsccClaims')}</Link>,
            },
            { type: 'divider' },
            {
              key: 'sign-out-everywhere',
              label: account('signOutEverywhere'),
              onClick: () =>
                void modal.confirm({
                  title: account('signOutEverywhere'),
                  content: account('signOutEverywhereConfirm'),
                  okText: account('confirm'),
                  cancelText: account('cancel'),
                  okButtonProps: { danger: true },
                  onOk: () =>
                    session
                      .signOutEverywhere()
                      .then(() => navigate('/sign-in?everywhere=1'))
                      .catch(() => void message.error(account('failed'))),
                }),
            },
            {
              key: 'sign-out',
              label: t('signOut'),
              onClick: () => void session.signOut().finally(() => navigate('/')),
            },
          ],
        }}
      >
        <Button type="text" icon={<UserOutlined />} data-testid="account-menu">
          {state.me.displayName}
        </Button>
      </Dropdown>
    </Space>
  );
}

function LanguageSwitch() {
  const { locale, setLocale } = useLocale();
  const t = useMessages(commonMessages);
  return (
    <Button
      type="text"
      icon={<GlobalOutlined />}
      aria-label={t('switchLanguageLabel')}
      onClick={() => setLocale(locale === 'zh-CN' ? 'en' : 'zh-CN')}
    >
      {t('switchLanguage')}
    </Button>
  );
}

/** The frame of every page: brand, navigation by role, language, account; then the page. */
export function AppShell({ children }: { children: ReactNode }) {
  const t = useMessages(commonMessages);
  const location = useLocation();
  const items = useNavigation();
  const selected = items
    .map((item) => item.key)
    .filter((key) => (key === '/' ? location.pathname === '/' : location.pathname.startsWith(key)));
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header className="rt-header">
        <Link to="/" className="rt-brand" aria-label={t('appName')}>
          <img src="/favicon.svg" alt="" width={28} height={28} />
          <span>{t('appName')}</span>
        </Link>
        <nav aria-label={t('navHome')} className="rt-nav">
          <Menu mode="horizontal" theme="dark" selectedKeys={selected} items={items} />
        </nav>
        <Space className="rt-header-actions">
          <LanguageSwitch />
          <AccountMenu />
        </Space>
      </Header>
      <Content className="rt-content">
        {/* antd's Content is the <main> landmark. */}
        <Suspense fallback={<PageSkeleton />}>{children}</Suspense>
      </Content>
      <Footer className="rt-footer">
        <Typography.Text type="secondary">{t('footer')}</Typography.Text>
      </Footer>
    </Layout>
  );
}
