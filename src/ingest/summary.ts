/** Summaries for listings and meta descriptions. */

/** The text up to the last sentence end within `max` characters, or cut with …. */
export function summarise(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const head = flat.slice(0, max);
  const end = Math.max(head.lastIndexOf('。'), head.lastIndexOf('！'), head.lastIndexOf('？'));
  return end > 0 ? head.slice(0, end + 1) : `${head.slice(0, max - 1)}…`;
}
