/**
 * What a feature family found wrong with part of a claim: data, not an exception (retext's
 * `file.message` idea). Offsets are into the checked text; `reason` is what the user reads.
 */
export type FindingKind = 'entity' | 'quantity' | 'word' | 'negation' | 'modality' | 'antonym' | 'scope' | 'cause' | 'swap';

export interface Finding {
  kind: FindingKind;
  start: number;
  end: number;
  reason: string;
  /** True when the sources say something else (contradiction), false when they are silent. */
  conflict: boolean;
}

export function quote(s: string): string {
  const oneLine = s.replace(/\s+/g, ' ').trim();
  return `“${oneLine.length > 80 ? `${oneLine.slice(0, 77)}…` : oneLine}”`;
}
