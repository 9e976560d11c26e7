import { DomainError } from '../errors';
import { requireNoNulCharacter } from '../security/reject-malformed-requests';

export interface MultipartForm {
  fields: Record<string, string>;
  files: { fieldName: string; fileName: string; bytes: Buffer }[];
}

/**
 * A multipart/form-data body already held in memory (the route's body limit bounds it). Small on purpose:
 * text fields and files, no nested multipart, no transfer encodings (browsers send neither).
 */
export function parseMultipartForm(body: Buffer, contentType: string | undefined): MultipartForm {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '');
  const boundaryText = boundary?.[1] ?? boundary?.[2];
  if (!boundaryText) throw malformed();
  const delimiter = Buffer.from(`--${boundaryText}`);
  const form: MultipartForm = { fields: {}, files: [] };
  let position = body.indexOf(delimiter);
  if (position < 0) throw malformed();
  while (true) {
    position += delimiter.length;
    // "--" after a delimiter closes the body.
    if (body[position] === 0x2d && body[position + 1] === 0x2d) {
      // Text fields end up in the database like a JSON body's, so they get the same NUL check.
      requireNoNulCharacter(form.fields, 'body');
      return form;
    }
    if (body[position] === 0x0d && body[position + 1] === 0x0a) position += 2;
    const headerEnd = body.indexOf('\r\n\r\n', position);
    if (headerEnd < 0) throw malformed();
    const headers = body.subarray(position, headerEnd).toString('utf8');
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), headerEnd + 4);
    if (next < 0) throw malformed();
    const content = body.subarray(headerEnd + 4, next);
    const disposition = /^content-disposition:(.*)$/im.exec(headers)?.[1] ?? '';
    const name = parameterOf(disposition, 'name');
    const fileName = parameterOf(disposition, 'filename');
    if (name !== undefined) {
      if (fileName !== undefined) form.files.push({ fieldName: name, fileName, bytes: content });
      else form.fields[name] = content.toString('utf8');
    }
    position = next + 2;
  }
}

function parameterOf(disposition: string, key: string): string | undefined {
  const match = new RegExp(`(?:^|;)\\s*${key}="((?:[^"\\\\]|\\\\.)*)"`, 'i').exec(disposition);
  if (match?.[1] !== undefined) return match[1].replace(/\\(.)/g, '$1');
  return new RegExp(`(?:^|;)\\s*${key}=([^;\\s]+)`, 'i').exec(disposition)?.[1];
}

function malformed(): DomainError {
  return new DomainError('VALIDATION_FAILED', {
    id: 'Formulir unggahan tidak terbaca (multipart/form-data rusak).',
    en: 'The upload form could not be read (malformed multipart/form-data).',
  });
}
