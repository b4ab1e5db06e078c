// Functions passed to page.evaluate run in the browser: DOM types for them.
/// <reference lib="dom" />
import type { Page } from 'playwright-core';

/** What went wrong on a page that a person would not see: errors, CSP violations. */
export interface PageWatch {
  consoleErrors: string[];
  pageErrors: string[];
  /** Content-Security-Policy violations reported by the page itself. */
  cspViolations(): Promise<string[]>;
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/**
 * Starts watching before the first navigation: console errors, uncaught exceptions and every
 * `securitypolicyviolation` event (collected by an init script, which CSP does not restrict).
 */
export async function watchPage(page: Page): Promise<PageWatch> {
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations!.push(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return {
    consoleErrors,
    pageErrors,
    cspViolations: () => page.evaluate(() => window.__cspViolations ?? []),
  };
}
