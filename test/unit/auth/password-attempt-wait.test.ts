import { describe, expect, it } from 'vitest';
import {
  passwordAttemptThrottle,
  passwordAttemptWaitMs,
} from '../../../src/server/auth/reserve-password-attempt';

const now = new Date('2026-03-02T01:00:00Z');
const secondsAgo = (seconds: number) => new Date(now.getTime() - seconds * 1000);
const noAddressFailures = { failures: 0, firstFailureAt: null };

describe('passwordAttemptWaitMs', () => {
  it('lets the first five failures of an account at an address through', () => {
    for (let failures = 0; failures < 5; failures += 1) {
      expect(
        passwordAttemptWaitMs({ failures, lastFailureAt: secondsAgo(0) }, noAddressFailures, now),
      ).toEqual({ waitMs: 0, reason: null });
    }
  });

  it('doubles the wait per failure beyond five, up to fifteen minutes', () => {
    const waits = [5, 6, 7, 8, 9, 10, 20].map(
      (failures) =>
        passwordAttemptWaitMs({ failures, lastFailureAt: now }, noAddressFailures, now).waitMs / 1000,
    );
    expect(waits).toEqual([60, 120, 240, 480, 900, 900, 900]);
  });

  it('never asks for more than the delay when a parallel attempt recorded a later time', () => {
    const later = new Date(now.getTime() + 700);
    expect(passwordAttemptWaitMs({ failures: 5, lastFailureAt: later }, noAddressFailures, now).waitMs).toBe(
      passwordAttemptThrottle.firstDelayMs,
    );
  });

  it('limits an address across accounts until its oldest failure leaves the window', () => {
    const address = { failures: 30, firstFailureAt: secondsAgo(600) };
    expect(passwordAttemptWaitMs({ failures: 0, lastFailureAt: null }, address, now)).toEqual({
      waitMs: 300_000,
      reason: 'address',
    });
    const expired = { failures: 30, firstFailureAt: secondsAgo(900) };
    expect(passwordAttemptWaitMs({ failures: 0, lastFailureAt: null }, expired, now).reason).toBeNull();
  });
});
