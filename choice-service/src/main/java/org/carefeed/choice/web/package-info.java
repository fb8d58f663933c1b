/**
 * The public pages of the site: the start page, with the search form; the search results, asked of the
 * directory's own search ({@code DirectorySearch}, the API's queries); each provider's page, which reads what
 * the profile and reviews APIs read; the pages every public service has (accessibility statement, privacy
 * notice, cookies, house rules for reviews, contact); and the design system's error pages for any page path.
 * Server-rendered with the shared layout of the {@code web} module.
 */
package org.carefeed.choice.web;
