import { describe, expect, it } from 'vitest';
import {
  followUpStatusAtCutOff,
  followUpStatusOn,
  type ProductForFollowUp,
} from '../../../../src/core/oversight/oversight-follow-up-status';

const product = (
  id: string,
  issuedOn: string,
  confirmations: ProductForFollowUp['confirmations'] = [],
): ProductForFollowUp => ({ id, issuedOn, confirmations });

describe('followUpStatusAtCutOff', () => {
  it('says none when no product was issued by the cut-off (not the same as followed up in full)', () => {
    expect(followUpStatusAtCutOff([], '2026-06-30').followedUpInFull).toBe('none');
    const later = followUpStatusAtCutOff([product('a', '2026-07-01')], '2026-06-30');
    expect(later).toEqual({
      followedUpInFull: 'none',
      cutOff: '2026-06-30',
      issued: 0,
      followedUp: 0,
      openProductIds: [],
    });
  });

  it('says all-followed-up only when every issued product was confirmed selesai by the cut-off', () => {
    const done = [{ followUpStatus: 'selesai' as const, confirmedOn: '2026-05-01' }];
    expect(
      followUpStatusAtCutOff(
        [product('a', '2026-01-10', done), product('b', '2026-02-01', done)],
        '2026-06-30',
      ),
    ).toMatchObject({ followedUpInFull: 'all-followed-up', issued: 2, followedUp: 2 });
  });

  it('says open and names the product when one is belum or sebagian', () => {
    const status = followUpStatusAtCutOff(
      [
        product('a', '2026-01-10', [{ followUpStatus: 'selesai', confirmedOn: '2026-03-01' }]),
        product('b', '2026-01-11', [{ followUpStatus: 'sebagian', confirmedOn: '2026-03-01' }]),
        product('c', '2026-01-12'),
      ],
      '2026-06-30',
    );
    expect(status).toMatchObject({ followedUpInFull: 'open', issued: 3, followedUp: 1 });
    expect(status.openProductIds).toEqual(['b', 'c']);
  });

  it('does not count a confirmation made after the cut-off (the day itself counts)', () => {
    const confirmed = [{ followUpStatus: 'selesai' as const, confirmedOn: '2026-07-01' }];
    expect(
      followUpStatusAtCutOff([product('a', '2026-01-10', confirmed)], '2026-06-30').followedUpInFull,
    ).toBe('open');
    expect(
      followUpStatusAtCutOff([product('a', '2026-01-10', confirmed)], '2026-07-01').followedUpInFull,
    ).toBe('all-followed-up');
  });

  it('keeps the status at the cut-off when the product is reopened later', () => {
    const history = [
      { followUpStatus: 'selesai' as const, confirmedOn: '2026-05-01' },
      { followUpStatus: 'sebagian' as const, confirmedOn: '2026-08-01' },
    ];
    expect(followUpStatusAtCutOff([product('a', '2026-01-10', history)], '2026-06-30').followedUpInFull).toBe(
      'all-followed-up',
    );
    expect(followUpStatusAtCutOff([product('a', '2026-01-10', history)], '2026-09-01').followedUpInFull).toBe(
      'open',
    );
  });

  it('ignores products issued after the cut-off', () => {
    const status = followUpStatusAtCutOff(
      [
        product('a', '2026-01-10', [{ followUpStatus: 'selesai', confirmedOn: '2026-02-01' }]),
        product('late', '2026-12-01'),
      ],
      '2026-06-30',
    );
    expect(status).toMatchObject({ followedUpInFull: 'all-followed-up', issued: 1 });
  });

  it('refuses a cut-off that is not a calendar date', () => {
    expect(() => followUpStatusAtCutOff([], '30/06/2026')).toThrow(RangeError);
  });
});

describe('followUpStatusOn', () => {
  it('is belum without a confirmation, and the later entry of the same day wins whatever the input order', () => {
    expect(followUpStatusOn([], '2026-01-01')).toBe('belum');
    expect(
      followUpStatusOn(
        [
          { followUpStatus: 'selesai', confirmedOn: '2026-03-02' },
          { followUpStatus: 'sebagian', confirmedOn: '2026-03-01' },
        ],
        '2026-03-31',
      ),
    ).toBe('selesai');
    expect(
      followUpStatusOn(
        [
          { followUpStatus: 'sebagian', confirmedOn: '2026-03-01' },
          { followUpStatus: 'selesai', confirmedOn: '2026-03-01' },
        ],
        '2026-03-01',
      ),
    ).toBe('selesai');
  });
});
