import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../src/server/errors';
import { parseMultipartForm } from '../../../src/server/files/parse-multipart-form';
import { multipartBody } from '../../helpers/multipart-body';

describe('parseMultipartForm', () => {
  it('reads text fields and a binary file part as a browser sends them', () => {
    const bytes = Buffer.from([0xff, 0xd8, 0xff, 0x0d, 0x0a, 0x2d, 0x2d, 0x00, 0xff, 0xd9]);
    const body = multipartBody({ indicatorCode: 'PRS-01', takenAt: '2024-06-05T10:15:30+07:00' }, [
      { field: 'file', fileName: 'ruang tunggu é.jpg', bytes },
    ]);
    const form = parseMultipartForm(body.payload, body.contentType);
    expect(form.fields).toEqual({ indicatorCode: 'PRS-01', takenAt: '2024-06-05T10:15:30+07:00' });
    expect(form.files).toHaveLength(1);
    expect(form.files[0]?.fileName).toBe('ruang tunggu é.jpg');
    expect(form.files[0]?.bytes.equals(bytes)).toBe(true);
  });

  it('accepts a quoted boundary and refuses a body without its boundary', () => {
    const body = multipartBody({ a: '1' }, []);
    const boundary = body.contentType.split('boundary=')[1];
    expect(parseMultipartForm(body.payload, `multipart/form-data; boundary="${boundary}"`).fields).toEqual({
      a: '1',
    });
    expect(() => parseMultipartForm(Buffer.from('no parts here'), body.contentType)).toThrow(DomainError);
    expect(() => parseMultipartForm(body.payload, 'multipart/form-data')).toThrow(DomainError);
  });
});
