// Which language to show: ?lng= in the URL, else the browser's languages, else the reference.
export function pickLanguage(
  supported: readonly string[],
  fallback: string,
  search: string,
  browser: readonly string[],
): string {
  const asked = new URLSearchParams(search).get('lng');
  if (asked && supported.includes(asked)) return asked;
  for (const tag of browser) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if (supported.includes(base)) return base;
  }
  return fallback;
}
