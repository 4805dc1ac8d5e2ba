import { useRef, useState } from 'preact/hooks';
import type { Analysis } from '../core/model';
import { VERDICT_LABEL } from '../ui/labels';

/**
 * The badge next to a sender: a button showing the verdict that opens a small panel with the reasons.
 * Everything shown comes from the page or the analyzer, so it is rendered as Preact text only.
 */
export function BadgeView({ analysis, senderName }: { analysis: Analysis; senderName: string }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const label = VERDICT_LABEL[analysis.verdict];
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return;
    // Escape belongs to the badge while its panel is open; LinkedIn must not also act on it.
    e.stopPropagation();
    setOpen(false);
    button.current?.focus();
  };
  return (
    <div class={`badge ${analysis.verdict}`} onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        aria-expanded={open ? 'true' : 'false'}
        aria-controls="connector-reasons"
        aria-label={`${label}: Connector's reading of the note from ${senderName}. Show reasons`}
        onClick={() => setOpen(!open)}
      >
        {label}
      </button>
      {open && (
        <div id="connector-reasons" class="panel" role="region" aria-label={`Why Connector says ${label}`}>
          <ul>
            {analysis.reasons.map((r, i) => (
              <li key={`${r.code}-${i}`}>{r.text}</li>
            ))}
          </ul>
          <p class="by">Connector's reading, on this computer only. You decide.</p>
        </div>
      )}
    </div>
  );
}
