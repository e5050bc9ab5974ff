// Helpers for the records' opening hours.
export const WD = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
/** The same span of hours on each of `days`: {"Monday": "7:0-14:0", …}. */
export const week = (days, span) => Object.fromEntries(days.map((d) => [d, span]));
