/**
 * EXIF capture time and GPS position of an uploaded JPEG. The parser is pure and lives in core, because the
 * browser runs the same code before it resizes a photo (the canvas drops EXIF).
 */
export { type ExifFacts, exifTakenAt, readExif } from '../../core/evidence/read-exif';
