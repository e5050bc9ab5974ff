import { useEffect, useRef } from 'preact/hooks';
import type { Report } from '../../src/types';
import type { SourceDraft } from './api';

interface Props {
  sources: SourceDraft[];
  report: Report;
  selected: number | null;
}

/** The sources, with the selected claim's best evidence highlighted and scrolled into view. */
export function SourceView({ sources, report, selected }: Props) {
  const mark = useRef<HTMLElement>(null);
  const claim = selected === null ? null : report.claims[selected];
  const evidence = claim?.evidence[0];
  useEffect(() => {
    mark.current?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [selected]);
  return (
    <div class="pane" aria-label="Sources">
      <h2>Sources</h2>
      <p class="hint">
        {claim ? (evidence ? `Best evidence for: “${claim.text}” (match ${evidence.score.toFixed(2)})` : `No evidence found for: “${claim.text}”`) : 'Select a claim to highlight its evidence.'}
      </p>
      {sources.map((s, i) => {
        const id = report.sources[i]?.id ?? s.id;
        const hit = evidence && evidence.source === id ? evidence : null;
        return (
          <div class="source" key={id}>
            <h3>{id}</h3>
            <div class="source-text">
              {hit ? (
                <>
                  {s.text.slice(0, hit.start)}
                  <mark class="evidence" id="evidence" ref={mark}>
                    {s.text.slice(hit.start, hit.end)}
                  </mark>
                  {s.text.slice(hit.end)}
                </>
              ) : (
                s.text
              )}
            </div>
          </div>
        );
      })}
    </div>
  );
}
