import { describe, expect, it } from 'vitest';
import { parseDirectorySearch } from '../../../src/web/features/entities/directory-search';
import { parsePortalSearch } from '../../../src/web/features/portal/portal-search';
import { parseUsersSearch } from '../../../src/web/features/users/users-search';
import { parsePlainSearch, stringifyPlainSearch } from '../../../src/web/lib/search-params';

describe('search params in the address', () => {
  it('keeps a typed or shared filter as text: province 16, a code with a trailing zero', () => {
    expect(parsePortalSearch(parsePlainSearch('?tahun=2023&provinsi=16'))).toMatchObject({
      tahun: 2023,
      provinsi: '16',
    });
    expect(parseDirectorySearch(parsePlainSearch('?search=16.10&provinceCode=16&page=2'))).toEqual({
      search: '16.10',
      provinceCode: '16',
      page: 2,
    });
  });

  it('writes filters without quotes and reads back what it wrote', () => {
    const written = stringifyPlainSearch({ provinceCode: '16', includeInactive: true, page: 3, search: '' });
    expect(written).toBe('?provinceCode=16&includeInactive=true&page=3');
    expect(parseUsersSearch(parsePlainSearch(written))).toEqual({
      provinceCode: '16',
      includeInactive: true,
      page: 3,
    });
  });

  it('drops what is not a valid filter instead of failing the page', () => {
    expect(parseUsersSearch(parsePlainSearch('?page=zero&includeInactive=maybe&provinceCode=x'))).toEqual({});
    expect(parsePortalSearch(parsePlainSearch('?provinsi=999&tahun=abc'))).toMatchObject({
      provinsi: undefined,
      tahun: undefined,
    });
  });
});
