/**
 * `text` cut to at most `max` UTF-16 units, ending with an ellipsis when cut, never splitting a surrogate
 * pair. Slack counts UTF-16 units; Discord counts characters, never more, so the cut fits both.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  let cut = max - 1;
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
  return `${text.slice(0, cut)}…`;
}
