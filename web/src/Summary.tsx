import type { Report, Verdict } from '../../src/types';

const LABEL: Record<Verdict, string> = { supported: 'supported', unsupported: 'not in the sources', contradicted: 'contradicted' };

export function Summary({ report }: { report: Report }) {
  const count = (v: Verdict) => report.claims.filter((c) => c.verdict === v).length;
  const download = () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(report, null, 2)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'groundcheck-report.json';
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <div class={`summary summary--${report.verdict}`} id="summary">
      <strong>{report.verdict === 'supported' ? 'Grounded' : report.verdict === 'contradicted' ? 'Contradicts the sources' : 'Adds what the sources do not say'}</strong>
      {(['supported', 'unsupported', 'contradicted'] as Verdict[]).map((v) => (
        <span class={`pill pill--${v}`} key={v}>
          {count(v)} {LABEL[v]}
        </span>
      ))}
      <span class="score">P(supported) {report.score.toFixed(2)}</span>
      <button type="button" class="secondary" onClick={download}>
        Download JSON
      </button>
    </div>
  );
}
