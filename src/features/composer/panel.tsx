import { useEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import type { Analysis, Recipient, Template } from '../../core/model';
import { NO_NOTE } from '../../core/invitation-verdict';
import { meterOf, type Meter } from '../../core/meter';
import { VARIABLES, countChars, fillTemplate, trimToBudget } from '../../core/drafting/engine';
import { draftReducer, initialDraft, savedDraft, type DraftVars, type Fill, type SavedDraft } from './draft-state';
import { reasonsForSender } from './meter-wording';
import { toRecipient, type RecipientInfo } from './recipient-context';

// The composer panel beside LinkedIn's note dialog. Everything the page or the person supplies is
// rendered as Preact text, never as markup.

export type InsertOutcome = 'inserted' | 'clipboard' | 'failed' | 'gone' | 'too-long';

export interface PanelProps {
  recipient?: RecipientInfo;
  templates: Template[];
  vars: DraftVars;
  /** LinkedIn's note limit as the dialog shows it, else the person's setting. */
  limit: number;
  limitFromDialog: boolean;
  /** LinkedIn's box itself refuses longer text (its maxlength): there is no "insert anyway" then, and
   *  the clipboard would only hand LinkedIn a note it cuts on paste. */
  limitEnforced?: boolean;
  /** LinkedIn's "N personalized invitations remaining" text, as the dialog shows it. */
  remainingText?: string;
  /** Where to start: what the person left for this recipient, or just the template they last picked. */
  initial?: Partial<SavedDraft>;
  /** Every change to the template, reason or draft, so a remounted panel can pick up where this one was. */
  onDraftChange?(saved: SavedDraft): void;
  /** The person picked a template themselves (not the default the panel started with). */
  onTemplatePicked?(templateId: string): void;
  /** Put the caret in the reason field on mount: the person asked for the panel (reopened it). */
  autoFocus?: boolean;
  /** The analyzer's verdict on a draft written to `recipient` (it runs in the background); undefined when it could
   *  not be had. */
  judge(draft: string, recipient: Recipient): Promise<Analysis | undefined>;
  onInsert(text: string): Promise<InsertOutcome>;
  onClose(): void;
}

const fill: Fill = (body, vars) => fillTemplate(body, vars);
const reduce = draftReducer(fill);

const VERDICT_LABEL: Record<Meter['verdict'], string> = {
  personal: 'Personal',
  template: 'Reads like a template',
  none: 'No note yet',
};

function statusText(status: InsertOutcome, limit: number): string {
  switch (status) {
    case 'inserted':
      return "Inserted into LinkedIn's box. Read it there, then click LinkedIn's Send yourself.";
    case 'clipboard':
      return "Couldn't fill LinkedIn's box — the note is on your clipboard: press Ctrl/⌘+V in LinkedIn's box.";
    case 'failed':
      return "Couldn't fill LinkedIn's box or copy the note: select the draft above and copy it.";
    case 'gone':
      return "LinkedIn's note box is gone; open Add a note again.";
    case 'too-long':
      return `Nothing inserted: LinkedIn's box takes at most ${limit} characters. Shorten the draft or Trim to fit.`;
  }
}

let uid = 0;

/** Before the first analysis lands: an empty meter, not a verdict. */
const PENDING: Meter = { verdict: 'none', score: 0, level: 'empty', reasons: [] };
const EMPTY = meterOf(NO_NOTE);
/** The background did not answer (e.g. the extension was updated under this page). */
const UNAVAILABLE: Meter = {
  ...PENDING,
  tip: "The meter is unavailable: Connector's background did not answer. Reload the page to bring it back; Insert still works.",
};
/** The meter waits for a pause in typing. */
const ANALYSE_DELAY_MS = 120;

/**
 * The analyzer's view of the draft, asked for off the keystroke: the panel (and Insert) is usable at once, typing
 * never waits for the meter, and an answer for a draft that has changed since is dropped.
 */
function useDeferredAnalysis(draft: string, recipient: RecipientInfo | undefined, judge: PanelProps['judge']): Meter {
  const [analysis, setAnalysis] = useState<Meter>(PENDING);
  const first = useRef(true);
  useEffect(() => {
    if (!draft.trim()) {
      setAnalysis(EMPTY);
      return;
    }
    const delay = first.current ? 0 : ANALYSE_DELAY_MS;
    first.current = false;
    let current = true;
    const t = setTimeout(() => {
      judge(draft, toRecipient(recipient)).then(
        (a) => current && setAnalysis(a ? meterOf(a) : UNAVAILABLE),
        () => current && setAnalysis(UNAVAILABLE),
      );
    }, delay);
    return () => {
      current = false;
      clearTimeout(t);
    };
  }, [draft, recipient]);
  return analysis;
}

export function Panel(props: PanelProps) {
  const { recipient, limit } = props;
  const [s, dispatch] = useReducer(reduce, undefined, () => initialDraft(props.templates, props.vars, fill, props.initial));
  const [status, setStatus] = useState<InsertOutcome | undefined>();
  const [busy, setBusy] = useState(false);
  const ids = useMemo(() => {
    const n = ++uid;
    return { tpl: `cx-tpl-${n}`, reason: `cx-reason-${n}`, draft: `cx-draft-${n}`, count: `cx-count-${n}`, warn: `cx-warn-${n}` };
  }, []);
  const root = useRef<HTMLElement>(null);
  const reasonField = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (props.autoFocus) reasonField.current?.focus();
  }, []);

  useEffect(() => dispatch({ type: 'templates', templates: props.templates }), [props.templates]);
  useEffect(() => dispatch({ type: 'vars', vars: props.vars }), [props.vars]);
  useEffect(() => setStatus(undefined), [s.draft]);
  useEffect(() => props.onDraftChange?.(savedDraft(s)), [s.templateId, s.reason, s.draft, s.edited]);

  const analysis = useDeferredAnalysis(s.draft, recipient, props.judge);
  const reasons = reasonsForSender(analysis.reasons);
  const count = countChars(s.draft);
  const over = count > limit;
  const empty = !s.draft.trim();

  const insert = async () => {
    if (empty || busy) return;
    if (over && props.limitEnforced) {
      setStatus('too-long');
      return;
    }
    if (over && !s.overBudgetArmed) {
      dispatch({ type: 'arm-over-budget' });
      return;
    }
    setBusy(true);
    try {
      setStatus(await props.onInsert(s.draft));
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      props.onClose();
    } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      // Ctrl/⌘+Enter inserts from any field, as in most composers: no Tab trip to the button.
      e.preventDefault();
      void insert();
    }
  };

  const mutual = recipient?.mutuals?.[0] ?? recipient?.mutualText;
  // Everything a template can use, so the person sees why {school} or {location} filled (or did not).
  const workAndSchool = [recipient?.company, recipient?.school].filter(Boolean).join(' · ');
  const missing = s.edited ? [] : s.missing.filter((m) => m !== 'reason');
  const needsReason = !s.edited && s.missing.includes('reason');

  return (
    <section class="box panel" ref={root} aria-label="Connector note composer" onKeyDown={onKeyDown}>
      <div class="head">
        <h2>
          <span class="brand">Connector</span> · personal note
        </h2>
        <button type="button" class="x" aria-label="Close the Connector panel (Escape)" title="Close (Esc)" onClick={props.onClose}>
          ×
        </button>
      </div>

      {recipient ? (
        <ul class="who" aria-label="Recipient">
          <li class="name">{recipient.name}</li>
          {recipient.headline && <li>{recipient.headline}</li>}
          {workAndSchool && <li>{workAndSchool}</li>}
          {recipient.location && <li>{recipient.location}</li>}
          {mutual && <li>Mutual: {mutual}</li>}
        </ul>
      ) : (
        <p class="who">The page doesn't say who this is for; write the note by hand.</p>
      )}

      <div>
        <label for={ids.tpl}>Template</label>
        <select
          id={ids.tpl}
          value={s.edited ? '' : s.templateId ?? ''}
          onChange={(e) => {
            const v = (e.currentTarget as HTMLSelectElement).value;
            if (!v) return;
            dispatch({ type: 'pick', templateId: v });
            props.onTemplatePicked?.(v);
          }}
        >
          {s.edited && <option value="">Your own text (pick a template to start over)</option>}
          {s.templates.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </div>

      <div>
        <label for={ids.reason}>Why you connect</label>
        <input
          ref={reasonField}
          id={ids.reason}
          type="text"
          value={s.reason}
          maxLength={300}
          placeholder="we met at …, your post about …"
          onInput={(e) => dispatch({ type: 'reason', reason: (e.currentTarget as HTMLInputElement).value })}
        />
        {needsReason && <p class="hint">This template uses your reason: say where you met or what caught your eye.</p>}
        {s.edited && <p class="hint">You edited the draft, so the reason no longer fills it.</p>}
      </div>

      <div>
        <label for={ids.draft}>Draft</label>
        <textarea
          id={ids.draft}
          value={s.draft}
          rows={6}
          aria-describedby={`${ids.count}${over ? ` ${ids.warn}` : ''}`}
          onInput={(e) => dispatch({ type: 'edit', draft: (e.currentTarget as HTMLTextAreaElement).value })}
        />
        {missing.length > 0 && (
          <p class="hint">
            Not on the page, left out: {missing.map((m) => VARIABLES.find((v) => v.name === m)?.label.toLowerCase() ?? m).join(', ')}.
          </p>
        )}
      </div>

      <div class="meter" aria-label="Personalization">
        <div class="verdict">
          <span data-verdict={analysis.verdict}>{VERDICT_LABEL[analysis.verdict]}</span>
          <span data-score={analysis.score}>{Math.round(analysis.score)} / 100</span>
        </div>
        <div
          class="bar"
          role="meter"
          aria-label="Personalization score"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(analysis.score)}
        >
          <div class={`fill ${analysis.verdict}`} style={{ width: `${Math.max(2, Math.min(100, analysis.score))}%` }} />
        </div>
        {reasons.length > 0 && (
          <ul class="reasons" aria-label="Why">
            {reasons.slice(0, 6).map((r, i) => (
              <li key={`${r.code}-${i}`}>{r.text}</li>
            ))}
          </ul>
        )}
        {analysis.tip && <p class="hint tip">{analysis.tip}</p>}
      </div>

      <div class="budget">
        <span id={ids.count} class={`count${over ? ' over' : ''}`} aria-live="polite" data-count={count} data-limit={limit}>
          {count} / {limit}
          <span class="sr"> characters{props.limitFromDialog ? " (LinkedIn's limit)" : ' (your setting)'}</span>
        </span>
        <button
          type="button"
          class="link"
          disabled={!over}
          onClick={() => dispatch({ type: 'replace', draft: trimToBudget(s.draft, limit) })}
        >
          Trim to fit
        </button>
      </div>
      {props.remainingText && <p class="quota">LinkedIn: {props.remainingText}</p>}
      {over && (
        <p class="warn" id={ids.warn} role="alert">
          {count - limit} characters over LinkedIn's {limit}-character limit;
          {props.limitEnforced
            ? " LinkedIn's box takes no more than that. Shorten it or Trim to fit."
            : ` LinkedIn may cut the note or refuse it.${s.overBudgetArmed ? ' Press Insert anyway to insert it as it is, or Trim to fit.' : ' Shorten it or Trim to fit.'}`}
        </p>
      )}

      {status && (
        <p class="status" role="status" data-status={status}>
          {statusText(status, limit)}
        </p>
      )}

      <div class="actions">
        <button
          type="button"
          class="btn primary"
          data-connector-action="insert"
          disabled={empty || busy}
          aria-describedby={over ? ids.warn : undefined}
          aria-keyshortcuts="Control+Enter Meta+Enter"
          title="Ctrl/⌘+Enter"
          onClick={insert}
        >
          {over && s.overBudgetArmed ? 'Insert anyway' : "Insert into LinkedIn's box"}
        </button>
      </div>
    </section>
  );
}

export interface HintProps {
  onClose(): void;
  /** LinkedIn shows its Premium upsell: no free personalized notes left this month. */
  quotaUsed?: boolean;
}

/** The slim note on LinkedIn's "Add a note to your invitation?" step. */
export function GatingHint({ onClose, quotaUsed }: HintProps) {
  return (
    <div
      class="box hint-box"
      role="note"
      aria-label="Connector hint"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      {quotaUsed ? (
        <span>
          <span class="brand">Connector</span>: LinkedIn says your free personalized notes are used up this
          month. A thank-you message after they accept is still personal.
        </span>
      ) : (
        <span>
          <span class="brand">Connector</span>: choose Add a note to write a personal note
        </span>
      )}
      <button type="button" class="x" aria-label="Hide the Connector hint" onClick={onClose}>
        ×
      </button>
    </div>
  );
}

export interface ReopenProps {
  onOpen(): void;
  /** Take focus on mount: the person just closed the panel from the keyboard or with its ×. */
  autoFocus?: boolean;
}

/** What stays beside the dialog after the person closed the panel, so they can have it back. */
export function ReopenButton({ onOpen, autoFocus }: ReopenProps) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (autoFocus) button.current?.focus();
  }, []);
  return (
    <button
      ref={button}
      type="button"
      class="box reopen"
      aria-label="Connector: open the note composer again"
      title="Connector: open the note composer again"
      onClick={onOpen}
    >
      Connector
    </button>
  );
}
