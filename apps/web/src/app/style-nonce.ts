/**
 * antd passes the page's CSP nonce (ConfigProvider `csp`) to its own style sheets, but
 * rc-util's scrollbar measurement and scroll lock (tables, tabs, modals) create <style>
 * elements without one, which the CSP blocks with a console error. Every <style> created by
 * the app's code carries the nonce the API put into <meta property="csp-nonce">.
 */
export function nonceCreatedStyles(nonce: string | undefined): void {
  if (!nonce) return;
  const create = Document.prototype.createElement;
  Document.prototype.createElement = function createElement(
    this: Document,
    tagName: string,
    options?: ElementCreationOptions,
  ): HTMLElement {
    const element = create.call(this, tagName, options);
    if (element instanceof HTMLStyleElement) element.nonce = nonce;
    return element;
  } as typeof Document.prototype.createElement;
}
