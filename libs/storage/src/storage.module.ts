import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@rongtong/common';
import { LocalDiskObjectStore } from './adapters/local-disk.object-store';
import { ObjectStore } from './adapters/object-store';
import { S3ObjectStore } from './adapters/s3.object-store';
import { FileStorage } from './file-storage';
import { StoredFile } from './stored-file.entity';
import { StoredFilesStore } from './stored-files.store';

/** The adapter the config names: the local disk by default, an S3-compatible bucket with STORAGE_DRIVER=s3. */
export function objectStoreFor(config: AppConfig): ObjectStore {
  if (config.storage.driver === 's3' && config.storage.s3)
    return new S3ObjectStore(config.storage.s3);
  return new LocalDiskObjectStore(config.storage.dir);
}

/** Uploaded files behind one port (FileStorage). Needs DatabaseModule and ConfigModule. */
@Module({
  imports: [TypeOrmModule.forFeature([StoredFile])],
  providers: [
    { provide: ObjectStore, inject: [APP_CONFIG], useFactory: objectStoreFor },
    StoredFilesStore,
    FileStorage,
  ],
  exports: [FileStorage],
})
export class StorageModule {}
