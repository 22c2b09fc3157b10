/** Formatting of dates for readers, at the precision the source gave. */
import type { DatePoint, DateSpan } from '../model/index.ts';

const XUN = ['', '上旬', '中旬', '下旬'] as const;

function parts(point: DatePoint): { y?: number; m?: number; d?: number } {
  const nums = point.iso.replace(/^--/, '').split('-').map(Number);
  if (point.yearless) return { m: nums[0], d: nums[1] };
  return { y: nums[0], m: nums[1], d: nums[2] };
}

export function formatPoint(point: DatePoint): string {
  const { y, m, d } = parts(point);
  let out = y !== undefined ? `${y}年` : '';
  if (m !== undefined && !Number.isNaN(m)) out += `${m}月`;
  if (point.precision === 'xun' && point.xun) out += XUN[point.xun];
  else if (d !== undefined && !Number.isNaN(d)) out += `${d}日`;
  return out;
}

/** The two labels of a span, the end shortened where it repeats the start: 2018年3月19日 / 20日. */
export function formatSpanParts(span: DateSpan): { start: string; end?: string } {
  const start = formatPoint(span.start);
  if (!span.end) return { start };
  const a = parts(span.start);
  const b = parts(span.end);
  let end = formatPoint(span.end);
  if (a.y !== undefined && a.y === b.y) end = end.replace(/^\d+年/, '');
  if (a.m === b.m && a.y === b.y && span.end.precision === 'day') end = end.replace(/^\d+月/, '');
  return { start, end };
}

/** 2018年3月19日至20日, 2001年1月, 1987年, 2009年7月中旬, 11月17日至21日. */
export function formatSpan(span: DateSpan): string {
  const { start, end } = formatSpanParts(span);
  return end ? `${start}至${end}` : start;
}

/** The value for `<time datetime>`: ISO 8601 at the point's precision (yearless: MM-DD). */
export function datetimeAttr(point: DatePoint): string {
  return point.iso;
}
