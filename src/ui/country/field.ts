// The country field's name, shared by the country step and the check page's "Change" (which
// focuses it on arrival, changeFocus.ts) without the check page importing the step's form.
export const COUNTRY_FIELD = 'jurisdiction';
