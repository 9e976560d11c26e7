import { threadId } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { parseTableInWorker } from '../../../../src/server/imports/parse-table-in-worker';
import { readTableFile } from '../../../../src/server/imports/read-table-file';
import { defaultTableFileLimits } from '../../../../src/server/imports/table-file-limits';
import { buildSharedStringBomb, buildXlsx } from '../../../helpers/xlsx-file-factory';

describe('reading spreadsheets off the main thread', () => {
  it('parses in a worker thread while the main thread keeps ticking', async () => {
    const lines = ['kode_entitas,jenis_unit,nama_unit'];
    for (let row = 0; row < 40_000; row += 1) lines.push(`16.${row},puskesmas,"Puskesmas ""${row}"""`);
    const file = Buffer.from(lines.join('\r\n'));
    let ticks = 0;
    let ticksWhenDone = -1;
    // A heartbeat as /api/health/live would see it: it can only tick while the main thread is free.
    const heartbeat = setInterval(() => {
      ticks += 1;
    }, 1);
    const parsing = parseTableInWorker(file, 'csv').then((result) => {
      ticksWhenDone = ticks;
      return result;
    });
    const result = await parsing;
    clearInterval(heartbeat);
    if (!result.ok) throw new Error(JSON.stringify(result.failure));
    expect(result.threadId).not.toBe(threadId);
    expect(result.rows).toHaveLength(40_000);
    expect(result.rows[39_999]).toEqual({
      rowNumber: 40_001,
      cells: ['16.39999', 'puskesmas', 'Puskesmas "39999"'],
    });
    expect(ticksWhenDone).toBeGreaterThan(0);
  });

  it('answers a refusal as a DomainError naming the limit: 413 for size, 422 with the cell for the rest', async () => {
    const bomb = buildSharedStringBomb(3);
    await expect(
      readTableFile(bomb, 'xlsx', { ...defaultTableFileLimits, maxDecompressedBytes: 1024 * 1024 }),
    ).rejects.toMatchObject({ code: 'FILE_TOO_LARGE', details: { limit: 'maxDecompressedBytes' } });
    const deep = await buildXlsx({ A1: 'kode_entitas', A60000: 'x' });
    await expect(readTableFile(deep, 'xlsx')).rejects.toMatchObject({
      code: 'IMPORT_INVALID',
      details: [{ row: 60_000, column: 'A', value: '' }],
      detailsTotal: 1,
    });
  });

  it('queues files past the two read at once, and answers each', async () => {
    const files = Array.from({ length: 5 }, (_, index) => Buffer.from(`nama\nfile ${index}\n`));
    const results = await Promise.all(files.map((file) => parseTableInWorker(file, 'csv')));
    expect(results.map((result) => (result.ok ? result.rows[0]?.cells[0] : 'refused'))).toEqual([
      'file 0',
      'file 1',
      'file 2',
      'file 3',
      'file 4',
    ]);
  });

  it('stops a worker past the time limit and refuses the file naming that limit', async () => {
    // A zero limit fires before any worker can have started, so no real clock is involved.
    const result = await parseTableInWorker(Buffer.from('nama\nx\n'), 'csv', {
      ...defaultTableFileLimits,
      maxParseMilliseconds: 0,
    });
    expect(result).toMatchObject({
      ok: false,
      failure: { kind: 'too-large', limit: 'maxParseMilliseconds' },
    });
  });

  it('reads a file with a lone cell at A4000 as its header and one row', async () => {
    const file = await buildXlsx({ A1: 'kode_entitas', B1: 'nama_unit', Z1: 'z', A4000: '16.06' });
    expect(await readTableFile(file, 'xlsx')).toEqual({
      columns: ['kode_entitas', 'nama_unit', ...Array(23).fill(''), 'z'],
      rows: [{ rowNumber: 4000, cells: { kode_entitas: '16.06', nama_unit: '', '': '', z: '' } }],
    });
  });
});
