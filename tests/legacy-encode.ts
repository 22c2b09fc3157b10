/** A small encoder for tests (GBK, Big5, EUC-KR, Shift_JIS): the inverse of Node's decoders over all two-byte codes. */

const tables = new Map<string, Map<string, number[]>>();

function table(encoding: 'gbk' | 'big5' | 'euc-kr' | 'shift_jis'): Map<string, number[]> {
  const cached = tables.get(encoding);
  if (cached) return cached;
  const map = new Map<string, number[]>();
  const decoder = new TextDecoder(encoding === 'gbk' ? 'gb18030' : encoding, { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      let ch: string;
      try {
        ch = decoder.decode(new Uint8Array([lead, trail]));
      } catch {
        continue;
      }
      if (!map.has(ch)) map.set(ch, [lead, trail]);
    }
  }
  tables.set(encoding, map);
  return map;
}

/** Encodes text in a legacy two-byte encoding; a character the encoding lacks becomes `fallback`, or throws without one. */
export function encodeLegacy(text: string, encoding: 'gbk' | 'big5' | 'euc-kr' | 'shift_jis', fallback?: string): Buffer {
  const map = table(encoding);
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const bytes = map.get(ch) ?? (fallback === undefined ? undefined : [...Buffer.from(fallback, 'ascii')]);
      if (!bytes) throw new Error(`${encoding} cannot encode ${ch} (U+${code.toString(16)})`);
      out.push(...bytes);
    }
  }
  return Buffer.from(out);
}
