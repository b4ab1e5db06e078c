import type { FileKind, StoredFileView } from '@rongtong/storage';

/** Scans and photos (certificates, business licences): PDF or images, a few per record. */
export const EVIDENCE_KINDS: readonly FileKind[] = ['pdf', 'png', 'jpeg', 'webp'];
export const EVIDENCE_LIMITS = {
  files: 5,
  fileBytes: 10 * 1024 * 1024,
  totalBytes: 30 * 1024 * 1024,
} as const;

/** An evidence file as owners and reviewers see it. */
export interface EvidenceFileView {
  id: string;
  filename: string;
  /** Detected from the bytes: pdf, png, jpeg or webp. */
  kind: FileKind;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
}

export function toEvidenceFile(file: StoredFileView): EvidenceFileView {
  return {
    id: file.id,
    filename: file.filename,
    kind: file.kind,
    contentType: file.contentType,
    sizeBytes: file.sizeBytes,
    sha256: file.sha256,
    uploadedAt: file.createdAt.toISOString(),
  };
}
