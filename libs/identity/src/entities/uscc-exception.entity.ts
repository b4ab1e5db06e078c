import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** An early pilot USCC that fails the checksum yet is legal, accepted by an admin on record. */
@Entity('uscc_exception')
export class UsccException {
  @PrimaryColumn({ type: 'char', length: 18 })
  uscc!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'uuid' })
  createdByUserId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
