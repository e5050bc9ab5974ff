import { useState } from 'preact/hooks';
import type { Report } from '../../src/types';
import { ApiError, postCheck, type SourceDraft } from './api';
import { AnnotatedText } from './AnnotatedText';
import { SourceView } from './SourceView';
import { Summary } from './Summary';

const KEY_STORAGE = 'groundcheck.apiKey';

export function App() {
  const [sources, setSources] = useState<SourceDraft[]>([{ id: 'source-1', text: '' }]);
  const [text, setText] = useState('');
  const [question, setQuestion] = useState('');
  const [threshold, setThreshold] = useState('');
  const [report, setReport] = useState<Report | null>(null);
  const [checkedText, setCheckedText] = useState('');
  const [checkedSources, setCheckedSources] = useState<SourceDraft[]>([]);
  const [selected, setSelected] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [needsKey, setNeedsKey] = useState(false);
  const [apiKey, setApiKey] = useState<string>(() => sessionStorage.getItem(KEY_STORAGE) ?? '');

  const runCheck = async () => {
    setBusy(true);
    setError(null);
    try {
      const r = await postCheck(sources, text, question, threshold, apiKey || null);
      setReport(r);
      setCheckedText(text);
      setCheckedSources(sources.map((s) => ({ ...s })));
      setSelected(null);
      setNeedsKey(false);
    } catch (e) {
      const err = e as ApiError;
      if (err.status === 401) setNeedsKey(true);
      setError(err.message);
    } finally {
      setBusy(false);
    }
  };

  const updateSource = (i: number, patch: Partial<SourceDraft>) => setSources(sources.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const dropFile = async (i: number, e: DragEvent) => {
    const file = e.dataTransfer?.files[0];
    if (!file) return;
    e.preventDefault();
    updateSource(i, { text: await file.text(), id: file.name });
  };
  const ready = text.trim() !== '' && sources.some((s) => s.text.trim() !== '');

  return (
    <main>
      <header>
        <h1>groundcheck</h1>
        <p>Paste the sources and the generated text; see which claims the sources back, and which words they don't.</p>
      </header>
      <section class="inputs" aria-label="Input">
        <div class="sources">
          {sources.map((s, i) => (
            <div class="field" key={i}>
              <label for={`source-${i}`}>
                Source {i + 1}
                <input class="source-id" aria-label={`Name of source ${i + 1}`} value={s.id} onInput={(e) => updateSource(i, { id: e.currentTarget.value })} />
              </label>
              <textarea id={`source-${i}`} rows={8} value={s.text} placeholder="Paste or drop a source document here" onInput={(e) => updateSource(i, { text: e.currentTarget.value })} onDragOver={(e) => e.preventDefault()} onDrop={(e) => dropFile(i, e)} />
              {sources.length > 1 && (
                <button type="button" class="link" onClick={() => setSources(sources.filter((_, j) => j !== i))}>
                  Remove source {i + 1}
                </button>
              )}
            </div>
          ))}
          <button type="button" class="secondary" onClick={() => setSources([...sources, { id: `source-${sources.length + 1}`, text: '' }])}>
            Add a source
          </button>
        </div>
        <div class="text-side">
          <div class="field">
            <label for="question">Question the text answers (optional)</label>
            <input id="question" value={question} placeholder="For RAG answers: words the answer repeats from the question are not flagged" onInput={(e) => setQuestion(e.currentTarget.value)} />
          </div>
          <div class="field">
            <label for="generated">Generated text</label>
            <textarea id="generated" rows={8} value={text} placeholder="Paste the summary, answer or bullets to check" onInput={(e) => setText(e.currentTarget.value)} />
          </div>
          <div class="field">
            <label for="threshold">Decision threshold (optional)</label>
            <input id="threshold" inputMode="decimal" value={threshold} placeholder="The model's own; yours from groundcheck calibrate" onInput={(e) => setThreshold(e.currentTarget.value)} />
          </div>
          {needsKey && (
            <div class="field">
              <label for="api-key">API key (this server requires one)</label>
              <input id="api-key" type="password" value={apiKey} onInput={(e) => { setApiKey(e.currentTarget.value); sessionStorage.setItem(KEY_STORAGE, e.currentTarget.value); }} />
            </div>
          )}
        </div>
        <div class="actions">
          <button type="button" id="check" disabled={busy || !ready} onClick={runCheck}>
            {busy ? 'Checking…' : 'Check'}
          </button>
          <p class="status" role="status" aria-live="polite">
            {error ? <span class="error">{error}</span> : busy ? 'Checking the claims…' : ''}
          </p>
        </div>
      </section>
      {report && (
        <section class="results" aria-label="Results">
          <Summary report={report} />
          <div class="panes">
            <AnnotatedText text={checkedText} report={report} selected={selected} onSelect={setSelected} />
            <SourceView sources={checkedSources} report={report} selected={selected} />
          </div>
        </section>
      )}
    </main>
  );
}
