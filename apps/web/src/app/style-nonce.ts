/**
 * antd passes the page's CSP nonce (ConfigProvider `csp`) to its own style sheets, but
 * rc-util's scrollbar measurement and scroll lock (tables, tabs, modals) create <style>
 * elements without one, which the CSP blocks with a console error. Every <style> created by
 * the app's code carries the nonce the API put into <meta property="csp-nonce">.
 */
export function nonceCreatedStyles(nonce: string | undefined): void {
  if (!nonce) return;
  type CreateElement = (
    this: Document,
    tagName: string,
    options?: ElementCreationOptions,
  ) => HTMLElement;
  // Read as a property, called with each document as `this` (as the browser's own method is).
  const create = Object.getOwnPropertyDescriptor(Document.prototype, 'createElement')
    ?.value as CreateElement;
  const createWithNonce: CreateElement = function createElement(tagName, options) {
    const element = create.call(this, tagName, options);
    if (element instanceof HTMLStyleElement) element.nonce = nonce;
    return element;
  };
  Object.defineProperty(Document.prototype, 'createElement', { value: createWithNonce });
}
