import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One stored upload: who it belongs to (an opaque owner key chosen by the calling context, e.g.
 * `challenge-application:<id>`), what it is (from its bytes) and where its bytes are.
 */
@Entity('stored_file')
@Index('ix_stored_file_owner', ['owner'])
export class StoredFile {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  owner!: string;

  @Column({ type: 'uuid', nullable: true })
  uploadedBy!: string | null;

  @Column({ type: 'varchar', length: 300 })
  storageKey!: string;

  @Column({ type: 'varchar', length: 200 })
  filename!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: string;

  @Column({ type: 'varchar', length: 120 })
  contentType!: string;

  @Column({ type: 'bigint' })
  sizeBytes!: string;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

export const STORAGE_ENTITIES = [StoredFile];
