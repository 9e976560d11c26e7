import type { Database } from '../db/database';
import { deleteUpload } from '../db/repositories/resumable-uploads.repository';
import { removeUploadFile } from './upload-storage';

/** After its bytes were attached (stored by content under files/), the upload and its part file go. */
export async function discardUpload(db: Database, dataDir: string, uploadId: string): Promise<void> {
  await deleteUpload(db, uploadId);
  await removeUploadFile(dataDir, uploadId);
}
