import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { MEETING_PREFERENCES, MeetingPreference, sqlList } from '../rules/vocabulary';

/** A participant's wish about another: must-meet, meet, or no-thanks (a veto on the pair). */
@Entity('meeting_preference')
@Check('ck_meeting_preference_value', `preference IN (${sqlList(MEETING_PREFERENCES)})`)
@Check('ck_meeting_preference_not_self', 'registration_id <> target_registration_id')
export class MeetingPreferenceRow {
  @PrimaryColumn({ type: 'uuid' })
  registrationId!: string;

  @PrimaryColumn({ type: 'uuid' })
  targetRegistrationId!: string;

  @Column({ type: 'uuid' })
  eventId!: string;

  @Column({ type: 'text' })
  preference!: MeetingPreference;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
