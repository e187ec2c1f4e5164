import { useCallback, useEffect, useRef, useState } from 'react';
import type { OpenResult, PlanApi } from '#shared/ipc/contract';
import { PlanSession } from '../state/plan-session';

export type OpenFailure = Extract<OpenResult, { ok: false }>;

export interface ShellNotice {
  tone: 'info' | 'success' | 'warning';
  text: string;
}

export type Screen =
  | { kind: 'start' }
  | { kind: 'error'; failure: OpenFailure }
  | { kind: 'plan'; session: PlanSession; notice: ShellNotice | null };

type Canceled = { ok: false; canceled: true };
const isCanceled = (r: OpenResult | Canceled): r is Canceled => 'canceled' in r;

/**
 * Which screen is showing, and every way of getting from one to another: creating, opening,
 * restoring and closing plans. The open plan's session is disposed whenever it is replaced.
 */
export function useAppController(api: PlanApi) {
  const [screen, setScreen] = useState<Screen>({ kind: 'start' });
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  /** Set while asking whether to leave a plan whose last changes could not be saved. */
  const [leaveRequest, setLeaveRequest] = useState<{ proceed: () => void } | null>(null);
  const sessionRef = useRef<PlanSession | null>(null);

  const replaceSession = useCallback((next: PlanSession | null) => {
    sessionRef.current?.dispose();
    sessionRef.current = next;
  }, []);

  useEffect(() => () => sessionRef.current?.dispose(), []);

  const show = useCallback(
    (result: OpenResult, notice: ShellNotice | null = null) => {
      if (result.ok) {
        const session = new PlanSession(result.opened, api);
        replaceSession(session);
        const migrated =
          result.opened.migratedFrom !== null
            ? {
                tone: 'info' as const,
                text: `Planen var lagret med en eldre filversjon (${result.opened.migratedFrom}) og er oppgradert. Den lagres i ny versjon neste gang du gjør en endring.`,
              }
            : null;
        setScreen({ kind: 'plan', session, notice: notice ?? migrated });
      } else {
        replaceSession(null);
        setScreen({ kind: 'error', failure: result });
      }
    },
    [api, replaceSession],
  );

  /** Runs a call to the services with a busy message; failures of the transport are shown. */
  const run = useCallback(async <T>(label: string, call: () => Promise<T>): Promise<T | null> => {
    setBusy(label);
    setProblem(null);
    try {
      return await call();
    } catch (error) {
      setProblem(
        `Noe gikk galt: ${error instanceof Error ? error.message : 'ukjent feil'}. Prøv igjen.`,
      );
      return null;
    } finally {
      setBusy(null);
    }
  }, []);

  /** Saves what is pending, then leaves the plan; asks first if the changes could not be saved. */
  const leavePlan = useCallback(async (proceed: () => void) => {
    const session = sessionRef.current;
    if (session && !(await session.flush())) {
      setLeaveRequest({ proceed });
      return;
    }
    proceed();
  }, []);

  const goToStart = useCallback(() => {
    replaceSession(null);
    setProblem(null);
    setScreen({ kind: 'start' });
  }, [replaceSession]);

  const closePlan = useCallback(() => leavePlan(goToStart), [leavePlan, goToStart]);

  const createPlan = useCallback(
    async (templateId: string, title: string) => {
      const result = await run('Oppretter planen …', () => api.createPlan({ templateId, title }));
      if (result) show(result);
    },
    [api, run, show],
  );

  /** A new copy of the example plan, to explore and change freely. */
  const openSample = useCallback(async () => {
    const result = await run('Åpner eksempelplanen …', () => api.openSamplePlan({}));
    if (!result) return;
    show(
      result,
      result.ok
        ? {
            tone: 'info',
            text: `Dette er din egen kopi av eksempelplanen, lagret som «${result.opened.fileName}». Bydelen, personene og tallene er oppdiktet. Endre hva du vil – eksempelet selv blir ikke endret.`,
          }
        : null,
    );
  }, [api, run, show]);

  const openFromDialog = useCallback(async () => {
    const open = async () => {
      const result = await run('Åpner planen …', () => api.openPlanDialog({}));
      if (result && !isCanceled(result)) show(result);
    };
    await leavePlan(() => void open());
  }, [api, leavePlan, run, show]);

  const openRecent = useCallback(
    async (path: string) => {
      const result = await run('Åpner planen …', () => api.openRecentPlan({ path }));
      if (result) show(result);
    },
    [api, run, show],
  );

  /** Restoring a backup and converting a file both open a new file and leave the original alone. */
  const openAsNewFile = useCallback(
    async (
      label: string,
      call: () => Promise<OpenResult>,
      successText: (fileName: string) => string,
    ) => {
      const result = await run(label, call);
      if (!result) return;
      show(
        result,
        result.ok ? { tone: 'success', text: successText(result.opened.fileName) } : null,
      );
    },
    [run, show],
  );

  const restoreBackup = useCallback(
    (path: string) =>
      openAsNewFile(
        'Gjenoppretter fra sikkerhetskopien …',
        () => api.restoreBackup({ path }),
        (fileName) =>
          `Planen er gjenopprettet fra sikkerhetskopien og lagret som en ny fil: «${fileName}». Den skadede filen er ikke endret.`,
      ),
    [api, openAsNewFile],
  );

  /** A file that is not UTF-8: a converted copy becomes a new file; the original is left alone. */
  const convertEncoding = useCallback(
    (path: string) =>
      openAsNewFile(
        'Lager en kopi med riktige tegn …',
        () => api.convertEncoding({ path }),
        (fileName) =>
          `Planen er lest med tegnsettet Windows-1252 og lagret som en ny fil: «${fileName}». Se over at æ, ø og å ser riktige ut. Den opprinnelige filen er ikke endret.`,
      ),
    [api, openAsNewFile],
  );

  /** Conflict choice: throw away the changes in the window and read the file on disk again. */
  const reloadFromDisk = useCallback(async () => {
    const session = sessionRef.current;
    if (!session) return;
    const result = await run('Åpner versjonen på disken …', () =>
      api.reloadPlan({ path: session.filePath }),
    );
    if (!result) return;
    show(result, {
      tone: 'info',
      text: 'Du ser nå versjonen som er lagret på disken. Endringene du hadde gjort i vinduet, er forkastet.',
    });
  }, [api, run, show]);

  const setNotice = useCallback((notice: ShellNotice | null) => {
    setScreen((current) => (current.kind === 'plan' ? { ...current, notice } : current));
  }, []);

  /** Saves the open plan in a new file chosen by the user, and continues working there. */
  const saveAs = useCallback(
    async (suggestedName?: string): Promise<{ ok: boolean; message?: string } | null> => {
      const session = sessionRef.current;
      if (!session) return null;
      // The copy holds everything typed, also what a field has not put into the plan yet.
      session.flushDrafts();
      const plan = session.plan;
      const result = await run('Lagrer en kopi …', () =>
        api.savePlanAs({ plan, suggestedName: suggestedName ?? plan.info.title }),
      );
      if (!result || isCanceled(result)) return null;
      if (!result.ok) return { ok: false, message: result.error.message };
      session.moveTo(result.opened);
      setNotice({
        tone: 'success',
        text: `Planen er lagret som «${result.opened.fileName}». Du arbeider nå i den nye filen.`,
      });
      return { ok: true };
    },
    [api, run, setNotice],
  );

  const answerLeave = useCallback(
    (leave: boolean) => {
      const request = leaveRequest;
      setLeaveRequest(null);
      if (leave) request?.proceed();
    },
    [leaveRequest],
  );

  return {
    screen,
    busy,
    problem,
    sessionRef,
    leaveRequest: leaveRequest !== null,
    answerLeave,
    leavePlan,
    goToStart,
    closePlan,
    createPlan,
    openSample,
    openFromDialog,
    openRecent,
    restoreBackup,
    convertEncoding,
    reloadFromDisk,
    saveAs,
    setNotice,
  };
}

export type AppController = ReturnType<typeof useAppController>;
