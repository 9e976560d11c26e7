import { formatFileSize } from '../../../core/format';

/** "850 KB", "3,4 MB" (Indonesian decimal comma) or "3.4 MB": the shared file-size format of core/format. */
export function formatBytes(bytes: number, language: 'id' | 'en'): string {
  return formatFileSize(bytes, language);
}
