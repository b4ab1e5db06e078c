import { api, authApi, setTokenSource, type Schemas } from '../api/client';
import { ApiError, unwrap } from '../api/errors';

export type Me = Schemas['MeSchema'];

export type SessionState =
  | { status: 'restoring' }
  | { status: 'signed-in'; me: Me }
  | { status: 'signed-out'; expired: boolean };

/** Headers of the browser session contract (apps/api/src/auth/browser-session.ts). */
const COOKIE_SESSION = { 'X-Auth-Transport': 'cookie', 'X-Requested-With': 'rongtong-web' };
/** Renew this long before the access token runs out. */
const RENEW_MARGIN_SECONDS = 60;
/**
 * A hint, not a credential: "this browser signed in and did not sign out". Without it a visitor
 * is not asked to refresh at start-up (that would be a 401 on every anonymous page view).
 */
const SESSION_HINT_KEY = 'rongtong.session';

function hint(present: boolean): void {
  try {
    if (present) localStorage.setItem(SESSION_HINT_KEY, '1');
    else localStorage.removeItem(SESSION_HINT_KEY);
  } catch {
    // storage blocked: every start-up tries the cookie
  }
}

function hinted(): boolean {
  try {
    return localStorage.getItem(SESSION_HINT_KEY) !== null;
  } catch {
    return true;
  }
}

/**
 * The browser session. The access token lives in this object only (never in storage); the
 * refresh token is the rt_refresh HttpOnly cookie, which no script here can read. Renewal is
 * silent, shortly before expiry, and serialised across tabs (Web Locks): the API rotates the
 * refresh token on every use and treats a rotated token presented again as theft.
 */
export class Session {
  private state: SessionState = { status: 'restoring' };
  private token: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private renewing: Promise<string | undefined> | undefined;
  private readonly listeners = new Set<() => void>();

  snapshot = (): SessionState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  accessToken(): string | undefined {
    return this.token;
  }

  /** At start-up: the refresh cookie, if any, signs the person back in. */
  async restore(): Promise<void> {
    if (!hinted()) return this.signedOut(false);
    const token = await this.renew();
    if (token) await this.loadMe();
    else this.signedOut(false);
  }

  async signIn(email: string, password: string): Promise<void> {
    const tokens = await unwrap(
      authApi.POST('/api/v1/auth/login', {
        body: { email, password },
        headers: { 'X-Auth-Transport': 'cookie' },
      }),
    );
    this.accept(tokens);
    hint(true);
    await this.loadMe();
  }

  async signOut(): Promise<void> {
    this.forget();
    try {
      await authApi.POST('/api/v1/auth/logout', { body: {}, headers: COOKIE_SESSION });
    } finally {
      this.signedOut(false);
    }
  }

  /**
   * Changes the password. The API ends every other session and starts a new one here: its
   * access token is taken, its refresh token arrives as the cookie.
   */
  async changePassword(currentPassword: string, newPassword: string): Promise<void> {
    const tokens = await unwrap(
      api.POST('/api/v1/me/password', {
        body: { currentPassword, newPassword },
        headers: { 'X-Auth-Transport': 'cookie' },
      }),
    );
    this.accept(tokens);
  }

  /** Ends every session of this person, this one too (the API clears the cookie). */
  async signOutEverywhere(): Promise<void> {
    await unwrap(api.POST('/api/v1/me/sign-out-everywhere'));
    this.signedOut(false);
  }

  /** Reads the person's memberships again (after joining an organisation). */
  async reloadProfile(): Promise<void> {
    if (this.state.status === 'signed-in') await this.loadMe();
  }

  /** After a 401 on a call that carried a token: renew once, or end the session. */
  async renewAfterRejection(): Promise<string | undefined> {
    const token = await this.renew();
    if (!token) this.signedOut(true);
    return token;
  }

  /** One renewal at a time in this tab, and across tabs where the browser has Web Locks. */
  private renew(): Promise<string | undefined> {
    this.renewing ??= this.withLock(() => this.refreshNow()).finally(() => {
      this.renewing = undefined;
    });
    return this.renewing;
  }

  private async refreshNow(): Promise<string | undefined> {
    const { data, response } = await authApi.POST('/api/v1/auth/refresh', {
      body: {},
      headers: COOKIE_SESSION,
    });
    if (!response.ok || !data) {
      this.forget();
      return undefined;
    }
    this.accept(data);
    return data.accessToken;
  }

  private async withLock<T>(task: () => Promise<T>): Promise<T> {
    const locks = globalThis.navigator?.locks;
    if (!locks) return task();
    return locks.request('rongtong-session-refresh', task);
  }

  private accept(tokens: Schemas['TokenSchema']): void {
    this.token = tokens.accessToken;
    clearTimeout(this.timer);
    const delaySeconds = Math.max(tokens.expiresIn - RENEW_MARGIN_SECONDS, tokens.expiresIn / 2);
    this.timer = setTimeout(() => {
      void this.renew().then((token) => {
        if (!token) this.signedOut(true);
      });
    }, delaySeconds * 1000);
  }

  private async loadMe(): Promise<void> {
    try {
      const me = await unwrap(api.GET('/api/v1/me'));
      this.set({ status: 'signed-in', me });
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) this.signedOut(true);
      else throw error;
    }
  }

  private forget(): void {
    this.token = undefined;
    clearTimeout(this.timer);
  }

  private signedOut(expired: boolean): void {
    this.forget();
    hint(false);
    this.set({ status: 'signed-out', expired });
  }

  private set(state: SessionState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}

export const session = new Session();
setTokenSource(session);
