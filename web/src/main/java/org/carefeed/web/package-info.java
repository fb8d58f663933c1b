/**
 * What both services' pages stand on: the security headers of every response ({@link SecurityHeadersFilter}),
 * wired by {@link WebPagesAutoConfiguration}; the NHS.UK design system's assets at {@code /assets/nhsuk/} and
 * the shared layout and fragments ({@code templates/layout/}) are resources of this module.
 */
package org.carefeed.web;
