import { Injectable } from '@nestjs/common';

const CHINA_OFFSET_MS = 8 * 3_600_000;

/** The calendar day (YYYY-MM-DD) in China (UTC+8, no daylight saving) at an instant. */
export function chinaDate(instant: Date): string {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The one source of "now", so tests can move time. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }

  /** Today's date in China: validity windows and deadlines are Chinese calendar days. */
  today(): string {
    return chinaDate(this.now());
  }
}
