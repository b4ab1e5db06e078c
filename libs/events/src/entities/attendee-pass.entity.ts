import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';

/**
 * An attendee's pass: a short code for manual entry at the door (the QR code carries a signed
 * token instead) and when the attendee checked in. Written when the registration is approved.
 */
@Entity('attendee_pass')
@Unique('uq_attendee_pass_code', ['eventId', 'code'])
export class AttendeePass {
  @PrimaryColumn({ type: 'uuid' })
  registrationId!: string;

  @PrimaryColumn({ type: 'int' })
  attendeeIndex!: number;

  @Column({ type: 'uuid' })
  eventId!: string;

  /** 8 characters without look-alikes (no 0/O, 1/I/L). */
  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'timestamptz', nullable: true })
  checkedInAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  checkedInByUserId!: string | null;
}
