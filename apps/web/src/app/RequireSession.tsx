import { Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../auth/use-session';
import { signInPath } from '../auth/sign-in-path';

/** A signed-in page: waits for the session, sends signed-out visitors to sign in and back. */
export function RequireSession({ children }: { children: ReactNode }) {
  const state = useSession();
  const location = useLocation();
  if (state.status === 'restoring') return <Skeleton active paragraph={{ rows: 6 }} />;
  if (state.status === 'signed-out') {
    return <Navigate replace to={signInPath(location, state.expired)} />;
  }
  return children;
}
