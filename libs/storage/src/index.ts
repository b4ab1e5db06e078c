// Module and entities
export { StorageModule } from './storage.module';
export { STORAGE_ENTITIES } from './stored-file.entity';

// Services and views
export { fileNotFound, FileStorage, type StoredFileView } from './file-storage';

// Vocabulary
export { DOCUMENT_AND_IMAGE_KINDS, type FileKind } from './file-kind';
