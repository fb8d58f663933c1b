/**
 * The public pages of the site that are not about one provider: the start page, with the search form; the
 * search results, asked of the directory's own search ({@code DirectorySearch}, the API's queries); the
 * pages every public service has (accessibility statement, privacy notice, cookies, house rules for
 * reviews, contact); and the design system's error pages for any page path. Server-rendered with the
 * shared layout of the {@code web} module.
 */
package org.carefeed.choice.web;
