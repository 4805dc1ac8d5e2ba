import { VARIABLES, type VarName } from '../../core/drafting/engine';

// The variables, with what the preview fills them with. Each is a button: activating it inserts the
// variable at the cursor in the template text, so nobody has to remember the spelling.

export function VariableList({ onInsert }: { onInsert: (name: VarName) => void }) {
  return (
    <div class="variables">
      <h4 id="variables-heading">Variables</h4>
      <p class="hint">
        Insert one at the cursor. Wrap a part in <code>[[ … ]]</code> to leave it out when a variable in it is unknown, e.g.{' '}
        <code>[[ at {'{company}'}]]</code>.
      </p>
      <ul aria-labelledby="variables-heading">
        {VARIABLES.map((v) => (
          <li key={v.name}>
            <button
              type="button"
              class="variable"
              data-variable={v.name}
              aria-label={`Insert {${v.name}}: ${v.label}, for example ${v.sample}`}
              onClick={() => onInsert(v.name)}
            >
              <code>{`{${v.name}}`}</code>
            </button>
            <span class="variable-label">{v.label}</span>
            <span class="variable-sample">{v.sample}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
