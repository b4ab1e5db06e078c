import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { DigestFrequency, NotificationType } from './notification-types';

/** A user's choice for one notification type; absent rows mean the type's defaults. */
@Entity('notification_preference')
export class NotificationPreference {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ type: 'text' })
  type!: NotificationType;

  @Column({ type: 'boolean' })
  emailEnabled!: boolean;

  @Column({ type: 'text' })
  digest!: DigestFrequency;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** Per-user settings that are not per type. */
@Entity('notification_settings')
export class NotificationSettings {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  /** Match mails per China calendar day; more go into the digest. */
  @Column({ type: 'smallint' })
  dailyMatchEmailCap!: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
