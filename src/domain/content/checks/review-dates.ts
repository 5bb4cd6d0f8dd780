// A resource's review date says when someone last checked it still says what we claim. A date in
// the future is a typo (or a wish), and would hide a resource that needs checking again.
import type { Problem } from '../problem.ts';
import type { Content } from '../types.ts';

/** Today as YYYY-MM-DD in the local time zone (where the trainer is). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whether "YYYY-MM-DD" names a day that exists (the schema only checks the shape). */
function realDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function checkReviewDates(content: Content, today: string): Problem[] {
  const problems: Problem[] = [];
  content.carnet.resources.forEach((r, i) => {
    const path = `resources[${i}].reviewed`;
    if (!realDate(r.reviewed))
      problems.push({ file: 'carnet.json', path, message: `${r.reviewed} is not a real date` });
    else if (r.reviewed > today)
      problems.push({
        file: 'carnet.json',
        path,
        message: `review date ${r.reviewed} is in the future (today is ${today})`,
      });
  });
  return problems;
}
