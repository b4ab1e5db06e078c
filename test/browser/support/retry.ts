/**
 * A browser journey that fails is run once more, and the first failure is printed either way
 * (Playwright's own runner does the same on CI). A journey drives a real Chromium against a real
 * stack on a shared two-core machine, where one lost input event can fail a step; a defect fails
 * both runs. Unit, integration and e2e tests are never retried.
 */
jest.retryTimes(1, { logErrorsBeforeRetry: true });
