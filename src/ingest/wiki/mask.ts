/**
 * What markup taken out before parsing is overwritten with (see wikitext.ts):
 * a noncharacter, which seeds never hold (reading a seed removes them).
 */
export const MASK = '\uFDD0';
