import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AnswerDto, answerSchema } from '../../../contracts/collection.contract';
import { describeOutboxProblem } from '../offline/describe-outbox-problem';
import type { OutboxEntry } from '../offline/outbox-database';
import { retryOutboxNow } from '../offline/outbox-sync';
import { discardEntry, saveAnswer } from '../offline/outbox-writes';
import type { UnitRef } from './collection-api';
import type { SaveStatus, SaveStatusRegistry } from './save-status-registry';

/** Typing pauses this long before the answer enters the outbox (one entry per pause, not per key). */
export const autosaveDelayMs = 400;

export interface AnswerValue {
  level: number | null;
  note: string;
}

export interface AnswerAutosave {
  value: AnswerValue;
  status: SaveStatus;
  error: string | null;
  /** The other person's answer after a 409. */
  theirs: AnswerDto | null;
  change(next: AnswerValue): void;
  saveNow(): void;
  acceptTheirs(): void;
  overwrite(): void;
}

/**
 * One answer: every change goes to the outbox (IndexedDB) after a short pause, so it survives a reload, a
 * closed tab or a lost connection, and is sent in order when the network is there. The state shown is the
 * state of its outbox entry; a 409 keeps both values until the user decides.
 */
export function useAnswerAutosave(
  unit: UnitRef,
  respondentId: string | null,
  indicatorCode: string,
  shown: AnswerDto | undefined,
  entries: readonly OutboxEntry[],
  registry: SaveStatusRegistry,
): AnswerAutosave {
  const { t } = useTranslation();
  const shownValue = { level: shown?.level ?? null, note: shown?.note ?? '' };
  const [value, setValue] = useState<AnswerValue>(shownValue);
  const [typing, setTyping] = useState(false);
  // Read synchronously: a render that comes between a keystroke and its state update must not undo it.
  const typingRef = useRef(false);
  const latest = useRef(value);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const open = entries.filter((entry) => entry.state !== 'done');
  const conflict = open.find((entry) => entry.state === 'conflict');
  const rejected = open.find((entry) => entry.state === 'rejected');
  const head = open[0];
  const status: SaveStatus = conflict
    ? 'conflict'
    : typing || rejected || head?.state === 'pending' || head?.state === 'failed'
      ? 'unsaved'
      : head?.state === 'sending'
        ? 'saving'
        : 'saved';
  const registryKey = `${unit.unitId}:${respondentId ?? 'unit'}:${indicatorCode}`;
  const version = shown?.version ?? 0;

  useEffect(() => {
    registry.set(registryKey, status);
  }, [registry, registryKey, status]);
  useEffect(() => () => registry.delete(registryKey), [registry, registryKey]);

  // What the page shows changed without this field being edited (another device, a reload): follow it.
  const shownKey = `${shownValue.level}\u0000${shownValue.note}`;
  // biome-ignore lint/correctness/useExhaustiveDependencies: shownKey stands for shownValue.
  useEffect(() => {
    if (typingRef.current) return;
    latest.current = shownValue;
    setValue(shownValue);
  }, [shownKey]);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    // Still "typing" until the entry is in the outbox, so the page's copy without it cannot replace the value.
    void saveAnswer(unit, { respondentId, indicatorCode, ...latest.current }, version).finally(() => {
      if (timer.current !== undefined) return;
      typingRef.current = false;
      setTyping(false);
    });
  }, [unit, respondentId, indicatorCode, version]);

  // Leaving the page (tab closed, app switched) must not lose the last keystrokes.
  useEffect(() => {
    const onHide = () => {
      if (timer.current !== undefined) flush();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [flush]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const change = useCallback(
    (next: AnswerValue) => {
      latest.current = next;
      setValue(next);
      typingRef.current = true;
      setTyping(true);
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, autosaveDelayMs);
    },
    [flush],
  );

  const theirsParsed = conflict ? answerSchema.safeParse(conflict.details) : null;
  const theirs = theirsParsed?.success ? theirsParsed.data : null;

  /** Drops the conflicting entry and every later edit of this answer still waiting behind it. */
  const dropOpenEntries = useCallback(async () => {
    for (const entry of open) if (entry.seq !== undefined) await discardEntry(entry.seq);
  }, [open]);

  const acceptTheirs = useCallback(() => {
    const next = { level: theirs?.level ?? null, note: theirs?.note ?? '' };
    latest.current = next;
    setValue(next);
    clearTimeout(timer.current);
    timer.current = undefined;
    typingRef.current = false;
    setTyping(false);
    void dropOpenEntries();
  }, [theirs, dropOpenEntries]);

  const overwrite = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    typingRef.current = false;
    setTyping(false);
    const mine = latest.current;
    // The new entry first, then the old ones go: the answer never looks saved while it is not.
    void saveAnswer(unit, { respondentId, indicatorCode, ...mine }, theirs?.version ?? 0).then(
      dropOpenEntries,
    );
  }, [dropOpenEntries, unit, respondentId, indicatorCode, theirs]);

  return {
    value,
    status,
    error: rejected ? describeOutboxProblem(rejected, t) : null,
    theirs,
    change,
    saveNow: () => {
      if (timer.current !== undefined) flush();
      void retryOutboxNow();
    },
    acceptTheirs,
    overwrite,
  };
}
