import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sumatraSelatan2023 } from '../../helpers/methodology-published-data';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const example = join(root, 'docs/examples/answers-musi-banyuasin-dinas-sosial.json');
const sumsel = join(root, 'docs/examples/ranking-sumatera-selatan-2023.csv');

function patuh(...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/patuh.js', ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function json(...args: string[]) {
  const result = patuh(...args, '--json');
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
}

// Each command starts a Node process through tsx: seconds each on a busy 2-core machine.
describe('patuh scoring commands', { timeout: 60_000 }, () => {
  it('methodology list --json lists every edition with its hash and provenance counts', () => {
    const list = json('methodology', 'list');
    expect(list.map((item: { ref: string }) => item.ref)).toContain('ombudsman-kepatuhan@2023');
    expect(list[0]).toMatchObject({
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      provenance: expect.any(Object),
    });
  });

  it('methodology validate exits 1 with bilingual errors for an invalid file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'patuh-cli-'));
    const file = join(dir, 'methodology.json');
    writeFileSync(file, JSON.stringify({ schemaVersion: 1, id: 'x' }));
    const result = patuh('methodology', 'validate', file);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Kesalahan:');
    expect(result.stderr).toContain('Error:');
    expect(result.stderr).toContain('  version:');
    const valid = patuh(
      'methodology',
      'validate',
      join(root, 'methodologies/kemenpanrb-skm/2017/methodology.json'),
    );
    expect(valid.code).toBe(0);
    expect(valid.stdout).toMatch(/^Valid: kemenpanrb-skm@2017 {2}sha256 [0-9a-f]{64}/);
  });

  it('classify --json returns score, category, label and zone per score', () => {
    expect(json('classify', '--methodology', 'ombudsman-kepatuhan@2024', '93.31', '58,99')).toEqual([
      expect.objectContaining({ score: 93.31, category: 'A', label: 'Kualitas Tertinggi', zone: 'hijau' }),
      expect.objectContaining({ score: 58.99, category: 'C', label: 'Kualitas Sedang', zone: 'kuning' }),
    ]);
    const bad = patuh('classify', '--methodology', 'ombudsman-kepatuhan@2024', 'abc');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('"abc" is not a score between 0 and 100');
    expect(patuh('classify', '--methodology', 'nope@1', '50').stderr).toContain(
      'methodology "nope@1" not found',
    );
  });

  it('classify resolves a superseded edition to its corrected revision: 55.01 on @2022 is C / kuning', () => {
    expect(json('classify', '--methodology', 'ombudsman-kepatuhan@2022', '55.01')).toEqual([
      expect.objectContaining({
        score: 55.01,
        category: 'C',
        zone: 'kuning',
        methodology: 'ombudsman-kepatuhan@2022r1',
      }),
    ]);
    const text = patuh('classify', '-m', 'ombudsman-kepatuhan@2022', '55.01');
    expect(text.stdout).toContain('ombudsman-kepatuhan@2022 → ombudsman-kepatuhan@2022r1');
  });

  it('classify on an Opini edition prints the base label, and the suffix with --followed-up', () => {
    const plain = patuh('classify', '--methodology', 'ombudsman-opini@2025', '91.2', '53.99');
    expect(plain.code).toBe(0);
    expect(plain.stdout.trimEnd().split('\n')).toEqual([
      ' 91.20  A      Kualitas Tertinggi / Highest quality',
      ' 53.99  D      Kualitas Rendah / Low quality',
    ]);
    expect(json('classify', '--methodology', 'ombudsman-opini@2025', '--followed-up', '91.2')).toEqual([
      expect.objectContaining({
        label: 'Kualitas Tertinggi Tanpa Maladministrasi',
        labelEn: 'Highest quality Without Maladministration',
      }),
    ]);
  });

  it('rank --json reproduces the published Sumatera Selatan 2023 table', () => {
    const ranked = json('rank', '--methodology', 'ombudsman-kepatuhan@2023', '--input', sumsel);
    expect(
      ranked.map((row: { entity: string; score: number; rank: number; category: string }) => [
        row.entity,
        row.score,
        row.rank,
        row.category,
      ]),
    ).toEqual(sumatraSelatan2023);
    expect(ranked[0]).toMatchObject({ zone: 'hijau', province: '16', groupSize: 17 });
  });

  it('rank ranks within kind + province when those columns exist, and names bad rows', () => {
    const dir = mkdtempSync(join(tmpdir(), 'patuh-cli-'));
    const csv = join(dir, 'scores.csv');
    writeFileSync(
      csv,
      'entity,score,kind,province\nA,90,pemkab,16\nB,95,pemkot,16\nC,80,pemkab,16\n"D, Kota",85,pemkab,74\n',
    );
    const ranked = json('rank', '-m', 'ombudsman-kepatuhan@2024', '-i', csv);
    expect(ranked.map((row: { entity: string; rank: number }) => [row.entity, row.rank])).toEqual([
      ['A', 1],
      ['C', 2],
      ['D, Kota', 1],
      ['B', 1],
    ]);
    writeFileSync(csv, 'entity,score\nA,ninety\n');
    const bad = patuh('rank', '-m', 'ombudsman-kepatuhan@2024', '-i', csv);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('row 2, column "score"');
  });

  it('score --json prints the explanation tree of the example answers file', () => {
    const result = json('score', '--input', example);
    expect(result).toMatchObject({
      methodology: 'ombudsman-kepatuhan@2024',
      entityName: 'Kabupaten Musi Banyuasin',
      roundedScore: 85.33,
      classification: { category: 'B', zone: 'hijau' },
      isComplete: false,
    });
    expect(result.tree.children[0].children.map((node: { code: string }) => node.code)).toEqual([
      'input',
      'proses',
      'output',
      'pengaduan',
    ]);
    expect(result.input).toBeUndefined();
    const mismatch = patuh('score', '--methodology', 'ombudsman-kepatuhan@2023', '--input', example);
    expect(mismatch.code).toBe(1);
    expect(mismatch.stderr).toContain('collected under "ombudsman-kepatuhan@2024"');
  });

  it('plan --json gives opportunities, the next category, a what-if and the gap to a rank', () => {
    const peers = join(mkdtempSync(join(tmpdir(), 'patuh-cli-')), 'peers.csv');
    writeFileSync(peers, 'entity,score\nKota Lubuklinggau,95.70\nKota Palembang,90.00\n');
    const plan = json(
      'plan',
      '--input',
      example,
      '--top',
      '3',
      '--what-if',
      'dinsos/PRS-11=3',
      '--rank',
      '2',
      '--peers',
      peers,
    );
    expect(plan.opportunities).toHaveLength(3);
    expect(plan.nextCategory).toMatchObject({
      category: 'A',
      reachable: true,
      raises: [{ indicatorCode: 'PRS-09', raiseBy: 3 }],
    });
    expect(plan.whatIf.roundedScore).toBe(88.27);
    expect(plan.rankGap).toMatchObject({ targetRank: 2, currentRank: 3, targetScore: 90, reachable: true });
  });
});
