/** Where the bench scripts find labelled data. */

/** The public human-labelled sets (../shared/bench, or GROUNDCHECK_BENCH): the figures compared with other tools. */
export const PUBLIC_BENCH = process.env.GROUNDCHECK_BENCH ?? new URL('../../shared/bench', import.meta.url).pathname;

/**
 * The project's own hand-written rows (bench/data, see its README): paraphrase-heavy, trained on like
 * the public train splits, reported apart from the public macro averages.
 */
export const OWN_BENCH = new URL('./data', import.meta.url).pathname;
