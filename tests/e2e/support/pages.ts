// The pages outside the wizard, from the app's own screen registry (src/ui/host/screens.ts):
// a page added there is visited by every test that walks the pages.
import { PAGE_SCREENS } from '../../../src/ui/host/screens';

/** The hash routes of the registered pages: `#/<route>`. */
export function registeredPages(): string[] {
  return PAGE_SCREENS.map((p) => p.route);
}
