import { describe, expect, it } from 'vitest';
import {
  beginPhotoPreparation,
  photosBeingPrepared,
  whenPhotosPrepared,
} from '../../../src/web/features/offline/photo-preparations';

describe('photos being prepared before they enter the outbox', () => {
  it('count per unit from the moment they are picked until each is queued, once each', async () => {
    const first = beginPhotoPreparation('2030/16.06/a');
    const second = beginPhotoPreparation('2030/16.06/a');
    const other = beginPhotoPreparation('2030/16.06/b');
    expect(photosBeingPrepared('2030/16.06/a')).toBe(2);
    expect(photosBeingPrepared()).toBe(3);

    let settled = false;
    const waited = whenPhotosPrepared('2030/16.06/a').then(() => {
      settled = true;
    });
    first();
    first(); // ending twice does not hide the photo still being prepared
    await Promise.resolve();
    expect(photosBeingPrepared('2030/16.06/a')).toBe(1);
    expect(settled).toBe(false);
    second();
    await waited;
    expect(settled).toBe(true);
    expect(photosBeingPrepared()).toBe(1);
    other();
    expect(photosBeingPrepared()).toBe(0);
  });
});
