import { readPhotoExif } from './read-photo-exif';

/** Same limit as the server (20 MB); checked here so a field worker learns before waiting on a slow upload. */
export const maxEvidenceBytes = 20 * 1024 * 1024;
const longestSide = 2000;
const jpegQuality = 0.85;
const uploadableTypes = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'];

export type PreparationProblem =
  | { kind: 'too-large'; sizeBytes: number }
  | { kind: 'wrong-type' }
  | { kind: 'unreadable-image' };

export interface PreparedUpload {
  file: Blob;
  fileName: string;
  /** Read from the original photo, because the canvas copy carries no EXIF. */
  takenAt: string | null;
  latitude: number | null;
  longitude: number | null;
}

/**
 * Makes a chosen file ready to send: photos larger than 2000 px on their longest side (or in a type the
 * server does not take, e.g. HEIC) are redrawn as JPEG 0.85; EXIF time and position are read first.
 */
export async function prepareEvidenceUpload(
  file: File,
): Promise<{ ok: true; upload: PreparedUpload } | { ok: false; problem: PreparationProblem }> {
  const isImage = file.type.startsWith('image/');
  if (!isImage && file.type !== 'application/pdf' && !/\.pdf$/i.test(file.name)) {
    return { ok: false, problem: { kind: 'wrong-type' } };
  }
  const facts = isImage ? await readPhotoExif(file) : null;
  const metadata = {
    takenAt: facts?.takenAtLocal ? `${facts.takenAtLocal}${facts.offset ?? deviceOffset()}` : null,
    latitude: facts?.latitude ?? null,
    longitude: facts?.longitude ?? null,
  };
  let blob: Blob = file;
  let fileName = file.name;
  if (isImage) {
    const resized = await resizeIfNeeded(file);
    if (resized === 'unreadable') return { ok: false, problem: { kind: 'unreadable-image' } };
    if (resized) {
      blob = resized;
      fileName = `${file.name.replace(/\.[^.]+$/, '')}.jpg`;
    }
  }
  // A PDF may arrive without a type on some phones; the server checks the bytes in any case.
  if (isImage && !uploadableTypes.includes(blob.type)) return { ok: false, problem: { kind: 'wrong-type' } };
  if (blob.size > maxEvidenceBytes)
    return { ok: false, problem: { kind: 'too-large', sizeBytes: blob.size } };
  return { ok: true, upload: { file: blob, fileName, ...metadata } };
}

async function resizeIfNeeded(file: File): Promise<Blob | null | 'unreadable'> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    return uploadableTypes.includes(file.type) ? null : 'unreadable';
  }
  try {
    const scale = Math.min(1, longestSide / Math.max(bitmap.width, bitmap.height));
    if (scale === 1 && uploadableTypes.includes(file.type)) return null;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    const context = canvas.getContext('2d');
    if (!context) return null;
    context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', jpegQuality));
  } finally {
    bitmap.close();
  }
}

/** The device's UTC offset, "+07:00": a camera time without a zone was most likely taken where the phone is. */
function deviceOffset(): string {
  const minutes = -new Date().getTimezoneOffset();
  const sign = minutes >= 0 ? '+' : '-';
  const absolute = Math.abs(minutes);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}
