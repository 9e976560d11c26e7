import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnswerDto } from '../../../contracts/collection.contract';
import { isApiError } from '../../lib/api-client';
import {
  answerDraftKey,
  browserDraftStore,
  isDraftDifferent,
  readAnswerDraft,
  removeAnswerDraft,
  writeAnswerDraft,
} from './answer-draft-storage';
import { conflictingAnswerOf, putAnswer, type UnitRef } from './collection-api';
import type { SaveStatus, SaveStatusRegistry } from './save-status-registry';

/** Typing pauses this long before the answer is sent. */
export const autosaveDelayMs = 800;

export interface AnswerValue {
  level: number | null;
  note: string;
}

export interface AnswerAutosave {
  value: AnswerValue;
  status: SaveStatus;
  restored: boolean;
  error: string | null;
  /** The other person's answer after a 409. */
  theirs: AnswerDto | null;
  change(next: AnswerValue): void;
  saveNow(): void;
  acceptTheirs(): void;
  overwrite(): void;
}

/**
 * One answer's autosave: edits are kept in localStorage at once (a reload restores them, marked unsaved) and sent
 * after a pause with the version they edit; a 409 keeps the user's text and shows the other person's value.
 */
export function useAnswerAutosave(
  unit: UnitRef,
  respondentId: string | null,
  indicatorCode: string,
  server: AnswerDto | undefined,
  registry: SaveStatusRegistry,
  onSaved: () => void,
): AnswerAutosave {
  const storageKey = answerDraftKey(unit.unitId, respondentId, indicatorCode);
  const [initial] = useState(() => {
    const serverValue = { level: server?.level ?? null, note: server?.note ?? '' };
    const draft = readAnswerDraft(browserDraftStore(), storageKey);
    if (draft && isDraftDifferent(draft, serverValue))
      return {
        value: { level: draft.level, note: draft.note },
        baseVersion: draft.baseVersion,
        restored: true,
      };
    return { value: serverValue, baseVersion: server?.version ?? 0, restored: false };
  });
  const [value, setValue] = useState<AnswerValue>(initial.value);
  const [status, setStatus] = useState<SaveStatus>(initial.restored ? 'unsaved' : 'saved');
  const [restored, setRestored] = useState(initial.restored);
  const [error, setError] = useState<string | null>(null);
  const [theirs, setTheirs] = useState<AnswerDto | null>(null);
  const baseVersion = useRef(initial.baseVersion);
  const latest = useRef(value);
  const inFlight = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const registryKey = storageKey;

  useEffect(() => {
    registry.set(registryKey, status);
  }, [registry, registryKey, status]);
  useEffect(() => () => registry.delete(registryKey), [registry, registryKey]);
  useEffect(() => () => clearTimeout(timer.current), []);

  // Someone else saved while this answer sat untouched: show their value instead of a stale one.
  useEffect(() => {
    if (!server || server.version <= baseVersion.current) return;
    // An evidence upload creates an empty answer: nothing of anyone's to merge, so our edit just builds on it.
    if (baseVersion.current === 0 && isEmptyAnswer(server)) {
      baseVersion.current = server.version;
      return;
    }
    if (status !== 'saved') return;
    baseVersion.current = server.version;
    const next = { level: server.level, note: server.note };
    latest.current = next;
    setValue(next);
  }, [server, status]);

  const send = useCallback(async () => {
    clearTimeout(timer.current);
    if (inFlight.current) return;
    inFlight.current = true;
    const sent = latest.current;
    let retry = false;
    setStatus('saving');
    try {
      const saved = await putAnswer(unit, {
        respondentId,
        indicatorCode,
        level: sent.level,
        note: sent.note,
        expectedVersion: baseVersion.current,
      });
      baseVersion.current = saved.version;
      setError(null);
      setRestored(false);
      if (latest.current === sent) {
        removeAnswerDraft(browserDraftStore(), storageKey);
        setStatus('saved');
      } else {
        writeAnswerDraft(browserDraftStore(), storageKey, { ...latest.current, baseVersion: saved.version });
        setStatus('unsaved');
        timer.current = setTimeout(() => void send(), autosaveDelayMs);
      }
      onSaved();
    } catch (caught) {
      const current = conflictingAnswerOf(caught);
      if (current && isEmptyAnswer(current) && current.version !== baseVersion.current) {
        // Only an empty answer (made by an evidence upload, or cleared) was in the way: it holds nothing to lose.
        baseVersion.current = current.version;
        retry = true;
      } else if (isApiError(caught, 'CONFLICT')) {
        setTheirs(current);
        setStatus('conflict');
      } else {
        setError(caught instanceof Error ? caught.message : String(caught));
        setStatus('unsaved');
      }
    } finally {
      inFlight.current = false;
    }
    if (retry) void send();
  }, [unit, respondentId, indicatorCode, storageKey, onSaved]);

  const change = useCallback(
    (next: AnswerValue) => {
      latest.current = next;
      setValue(next);
      writeAnswerDraft(browserDraftStore(), storageKey, { ...next, baseVersion: baseVersion.current });
      setStatus((previous) => (previous === 'conflict' ? 'conflict' : 'unsaved'));
      clearTimeout(timer.current);
      // While a conflict is open the user decides; nothing is sent behind their back.
      if (status !== 'conflict') timer.current = setTimeout(() => void send(), autosaveDelayMs);
    },
    [send, status, storageKey],
  );

  const acceptTheirs = useCallback(() => {
    const next = { level: theirs?.level ?? null, note: theirs?.note ?? '' };
    baseVersion.current = theirs?.version ?? 0;
    latest.current = next;
    setValue(next);
    setTheirs(null);
    setRestored(false);
    removeAnswerDraft(browserDraftStore(), storageKey);
    setStatus('saved');
  }, [theirs, storageKey]);

  const overwrite = useCallback(() => {
    baseVersion.current = theirs?.version ?? 0;
    setTheirs(null);
    void send();
  }, [theirs, send]);

  return {
    value,
    status,
    restored,
    error,
    theirs,
    change,
    saveNow: () => void send(),
    acceptTheirs,
    overwrite,
  };
}

function isEmptyAnswer(answer: AnswerDto): boolean {
  return answer.level === null && answer.note === '';
}
