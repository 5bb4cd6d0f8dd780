/** The tab's title: the screen first, so tabs and history entries tell steps apart. */
export function documentTitle(screen: string, appName: string): string {
  return `${screen} — ${appName}`;
}
