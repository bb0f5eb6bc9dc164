declare const sanitized: unique symbol;

/**
 * HTML that went through the sanitizing pipeline (`renderMarkdown`): the only kind of string that
 * may be handed to `dangerouslySetInnerHTML`. Nothing else can make one without a visible cast.
 */
export type SanitizedHtml = string & { readonly [sanitized]: true };

/** The prop for `dangerouslySetInnerHTML`, which accepts only sanitized HTML. */
export function innerHtml(html: SanitizedHtml): { __html: SanitizedHtml } {
  return { __html: html };
}
