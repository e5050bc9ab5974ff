import type { Report } from '../../src/types';
import { pieces } from './segments';

interface Props {
  text: string;
  report: Report;
  selected: number | null;
  onSelect: (claim: number) => void;
}

/** The checked text with each claim tinted by verdict and its unsupported spans underlined, reasons on hover or focus. */
export function AnnotatedText({ text, report, selected, onSelect }: Props) {
  const claimPieces = pieces(text, report.claims);
  const byClaim = new Map<number, typeof claimPieces>();
  const order: (number | typeof claimPieces[number])[] = [];
  for (const p of claimPieces) {
    if (p.claim === null) order.push(p);
    else {
      if (!byClaim.has(p.claim)) {
        byClaim.set(p.claim, []);
        order.push(p.claim);
      }
      byClaim.get(p.claim)!.push(p);
    }
  }
  return (
    <div class="pane" aria-label="Checked text">
      <h2>Generated text</h2>
      <p class="hint">Click a claim to see its evidence; hover or focus an underlined span for the reason.</p>
      <div class="annotated" id="annotated">
        {order.map((item) => {
          if (typeof item !== 'number') return <span key={`t${item.start}`}>{text.slice(item.start, item.end)}</span>;
          const claim = report.claims[item];
          return (
            <span
              key={`c${item}`}
              class={`claim claim--${claim.verdict}${selected === item ? ' claim--selected' : ''}`}
              data-verdict={claim.verdict}
              role="button"
              tabIndex={0}
              aria-pressed={selected === item}
              aria-label={`${claim.verdict} claim, score ${claim.score.toFixed(2)}: ${claim.text}`}
              onClick={() => onSelect(item)}
              onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), onSelect(item))}
            >
              {byClaim.get(item)!.map((p) =>
                p.span === null ? (
                  <span key={p.start}>{text.slice(p.start, p.end)}</span>
                ) : (
                  <mark key={p.start} class="span" tabIndex={0} aria-describedby={`reason-${item}-${p.span}`} data-reason={claim.spans[p.span].reason}>
                    {text.slice(p.start, p.end)}
                    <span class="reason" role="tooltip" id={`reason-${item}-${p.span}`}>
                      {claim.spans[p.span].reason}
                    </span>
                  </mark>
                ),
              )}
            </span>
          );
        })}
      </div>
    </div>
  );
}
