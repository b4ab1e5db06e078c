export { StorageModule, objectStoreFor } from './storage.module';
export { FileStorage, fileNotFound, toStoredFileView } from './file-storage';
export type { StoreFileInput, StoredFileView } from './file-storage';
export type { DownloadGrant } from './download-signer';
export { DOCUMENT_AND_IMAGE_KINDS, FILE_KINDS, CONTENT_TYPE_OF } from './file-kind';
export type { FileKind } from './file-kind';
export { StoredFile, STORAGE_ENTITIES } from './stored-file.entity';
