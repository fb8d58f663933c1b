/**
 * The public pages of the site: the start page, with the search form; the pages every public service has
 * (accessibility statement, privacy notice, cookies, house rules for reviews, contact), which read nothing
 * from MongoDB; and each provider's page, which reads what the profile and reviews APIs read. Server-rendered
 * with the shared layout of the {@code web} module.
 */
package org.carefeed.choice.web;
