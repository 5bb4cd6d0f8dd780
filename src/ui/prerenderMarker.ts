// No imports: the build's pre-render plugin (node) and the browser both read this.
/** The attribute the build puts on #root, naming the language the markup was rendered in. */
export const PRERENDERED_ATTRIBUTE = 'data-prerendered';
