import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { lazy, useEffect } from 'react';
import { BrowserRouter, Route, Routes, useLocation, useNavigate } from 'react-router';
import { ApiError } from '../api/errors';
import { session } from '../auth/session';
import { useSession } from '../auth/use-session';
import { signInPath } from '../auth/sign-in-path';
import { LocaleProvider, useLocale } from '../i18n/locale';
import { AppShell } from './AppShell';
import { RequireSession } from './RequireSession';
import { appRoutes } from './routes';
import { theme } from './theme';

const NotFoundPage = lazy(() => import('./NotFoundPage'));

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // 4xx answers will not change by asking again.
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
    },
  },
});

/** The nonce the API put into this page's <meta property="csp-nonce"> for inserted styles. */
export function cspNonce(): string | undefined {
  return document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce || undefined;
}

/** A session that expired under a signed-in page goes to sign-in, and back afterwards. */
function ExpiryRedirect() {
  const state = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  useEffect(() => {
    if (state.status !== 'signed-out' || !state.expired) return;
    const route = appRoutes.find((r) => r.requiresSession && location.pathname.startsWith(r.path));
    if (route) void navigate(signInPath(location, true), { replace: true });
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] === 'private' });
  }, [state, location, navigate]);
  return null;
}

function Themed() {
  const { locale } = useLocale();
  return (
    <ConfigProvider
      locale={locale === 'zh-CN' ? zhCN : enUS}
      csp={{ nonce: cspNonce() }}
      theme={theme}
    >
      <AntApp>
        <BrowserRouter>
          <ExpiryRedirect />
          <AppShell>
            <Routes>
              {appRoutes.map(({ path, page: Page, requiresSession }) => (
                <Route
                  key={path}
                  path={path}
                  element={
                    requiresSession ? (
                      <RequireSession>
                        <Page />
                      </RequireSession>
                    ) : (
                      <Page />
                    )
                  }
                />
              ))}
              <Route path="*" element={<NotFoundPage />} />
            </Routes>
          </AppShell>
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  );
}

export function App() {
  useEffect(() => {
    void session.restore();
  }, []);
  return (
    <QueryClientProvider client={queryClient}>
      <LocaleProvider>
        <Themed />
      </LocaleProvider>
    </QueryClientProvider>
  );
}
